package org.nec.agenda.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.nec.testing.EmbeddedInfrastructure;
import org.nec.testing.TestAccounts;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Guessing the organiser's password: after 5 failures the account and the guesser's address are locked, the right
 * password included, with the answer a wrong password gets. Client addresses come from {@code X-Forwarded-For},
 * which the service trusts from 127.0.0.1 as it does from the front door. The lock lives in this context alone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.application.name=sign-in-throttle-tests")
@EmbeddedInfrastructure
@DirtiesContext
class SignInThrottleIT {

    private static final String GUESSER = "203.0.113.9";
    private static final String ELSEWHERE = "198.51.100.4";
    private static final String ORGANISERS_BROWSER = "192.0.2.20";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void fiveWrongPasswordsLockTheAccountAndTheAddressEvenForTheRightPassword() throws Exception {
        assertThat(adminCall(ORGANISERS_BROWSER, TestAccounts.ORGANISER_PASSWORD).statusCode()).isEqualTo(200);

        HttpResponse<String> wrong = null;
        for (int i = 0; i < 5; i++) {
            wrong = adminCall(GUESSER, "wrong-password-" + i);
            assertThat(wrong.statusCode()).isEqualTo(401);
        }
        var locked = adminCall(GUESSER, TestAccounts.ORGANISER_PASSWORD);

        assertThat(locked.statusCode()).as("the right password, while locked").isEqualTo(401);
        assertThat(locked.headers().firstValue("WWW-Authenticate"))
                .as("answered exactly like a wrong password").isEqualTo(wrong.headers().firstValue("WWW-Authenticate"));
        assertThat(withoutTimestamp(locked.body())).isEqualTo(withoutTimestamp(wrong.body()));
        assertThat(adminCall(ELSEWHERE, TestAccounts.ORGANISER_PASSWORD).statusCode())
                .as("the account is locked for an address it never signed in from").isEqualTo(401);
        assertThat(formSignIn(GUESSER, TestAccounts.ORGANISER_PASSWORD).headers().firstValue("Location"))
                .as("the login form refuses the locked address with its usual error")
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
        assertThat(adminCall(ORGANISERS_BROWSER, TestAccounts.ORGANISER_PASSWORD).statusCode())
                .as("where the organiser signed in before, the guesser cannot shut them out").isEqualTo(200);
    }

    private HttpResponse<String> adminCall(String from, String password) throws Exception {
        return http.send(HttpRequest.newBuilder(url("/api/admin/attendees")).header("X-Forwarded-For", from)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (TestAccounts.ORGANISER + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> formSignIn(String from, String password) throws Exception {
        var page = http.send(HttpRequest.newBuilder(url("/login")).header("X-Forwarded-For", from).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*?value=\"([^\"]+)\"").matcher(page.body());
        assertThat(csrf.find()).as(page.body()).isTrue();
        String cookies = String.join("; ", page.headers().allValues("Set-Cookie").stream()
                .map(c -> c.substring(0, c.indexOf(';'))).toList());
        return http.send(HttpRequest.newBuilder(url("/login")).header("X-Forwarded-For", from)
                .header("Cookie", cookies).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + TestAccounts.ORGANISER + "&password="
                        + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                        + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String withoutTimestamp(String body) {
        return body.replaceAll("\"timestamp\":\"[^\"]*\"", "");
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
