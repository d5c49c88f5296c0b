package org.nec.registration.voucher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.nec.registration.console.ConsoleClient;
import org.nec.testing.EmbeddedInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;

/** The organiser hands out invitation codes from the console; an invited person types one on the public form. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedInfrastructure
class VoucherPagesIT {

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"formToken\"[^>]*value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    private ConsoleClient console() {
        return new ConsoleClient(port);
    }

    private String createCode(String ticketType, String uses) {
        var created = console().post("/admin/vouchers", Map.of("ticketType", ticketType, "uses", uses,
                "label", "Table ronde 3"));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        var shown = console().page(created.getHeaders().getLocation().toString());
        Matcher code = Pattern.compile("data-voucher-code>([A-Z0-9]{12})<").matcher(shown.getBody());
        assertThat(code.find()).as("the new code on the page").isTrue();
        return code.group(1);
    }

    @Test
    void theOrganiserCreatesListsAndRevokesCodesFromTheConsole() {
        String code = createCode("SPEAKER", "2");
        var refused = console().post("/admin/vouchers?lang=en", Map.of("ticketType", "SPEAKER", "uses", "0"));
        var revoked = console().post("/admin/vouchers/" + code + "/revoke", Map.of());
        var list = console().page("/admin/vouchers");
        var english = console().page("/admin/vouchers?lang=en");
        var unknown = console().post("/admin/vouchers/NOSUCHCODE23/revoke", Map.of());

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(refused.getBody()).contains("id=\"error-summary\"", "id=\"uses-error\"", "aria-invalid=\"true\"",
                "Enter a whole number of registrations between 1 and 10,000");
        assertThat(revoked.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        ConsoleClient.assertUniqueIds(list.getBody());
        assertThat(list.getBody()).contains("Codes d’invitation", "data-voucher=\"" + code + "\"", "Table ronde 3",
                "0 sur 2", "révoqué", "aria-current=\"page\"", "href=\"/admin/vouchers?lang=fr\"");
        assertThat(english.getBody()).contains("Invitation codes", "revoked", "<label for=\"uses\">");
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void theRegistrationFormAsksForTheCodeOfAnInvitationOnlyTicket() {
        String code = createCode("PRESS", "1");
        ConsoleClient.Browser browser = console().new Browser();
        String form = browser.get("/").getBody();
        assertThat(form).contains("<label for=\"voucher\">Code d’invitation (facultatif)</label>",
                "sur invitation : code nécessaire");

        var withoutCode = browser.post("/", fields(form, "PRESS", ""));
        assertThat(withoutCode.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(withoutCode.getBody()).contains("id=\"voucher-error\"",
                "aria-describedby=\"voucher-hint voucher-error\"",
                "Ce billet est sur invitation : indiquez le code d’invitation valide que vous avez reçu",
                "href=\"#voucher\"");
        ConsoleClient.assertUniqueIds(withoutCode.getBody());

        String again = withoutCode.getBody();
        var withCode = browser.post("/", fields(again, "PRESS", code.toLowerCase()));
        assertThat(withCode.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(withCode.getHeaders().getLocation().getPath()).startsWith("/manage/");
        var usedUp = browser.post("/?lang=en", fields(browser.get("/?lang=en").getBody(), "PRESS", code));
        assertThat(usedUp.getBody()).contains("This ticket is by invitation: enter the valid invitation code");
    }

    private static Map<String, String> fields(String page, String ticketType, String voucher) {
        Matcher token = FORM_TOKEN.matcher(page);
        assertThat(token.find()).isTrue();
        return Map.of("firstName", "Awa", "lastName", "Diallo", "email",
                "press-" + java.util.UUID.randomUUID() + "@example.org", "ticketType", ticketType,
                "privacyPolicy", "true", "voucher", voucher, "formToken", token.group(1),
                "_csrf", ConsoleClient.csrfTokenIn(page));
    }
}
