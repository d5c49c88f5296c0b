package org.nec.registration.tickettype;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.nec.registration.console.ConsoleClient;
import org.nec.testing.EmbeddedInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** The organiser's ticket type page: quotas, a new type, a changed capacity, and the refusals in plain words. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedInfrastructure
class TicketTypePagesIT {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    DefaultTicketTypes defaults;

    private ConsoleClient console() {
        return new ConsoleClient(port);
    }

    private Map<String, Object> type(String code) {
        List<Map<String, Object>> types = console().anonymous().get().uri("/api/ticket-types").retrieve()
                .body(new ParameterizedTypeReference<>() { });
        return types.stream().filter(t -> code.equals(t.get("code"))).findFirst().orElse(null);
    }

    private String register(String ticketType) {
        return (String) console().anonymous().post().uri("/api/registrations").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("firstName", "Léa", "lastName", "Petit", "email", UUID.randomUUID() + "@example.org",
                        "ticketType", ticketType, "language", "fr", "answers", Map.of(),
                        "consent", Map.of("privacyPolicy", true)))
                .retrieve().body(Map.class).get("id");
    }

    private String statusOf(String id) {
        List<Map<String, Object>> all = console().organiser().get().uri("/api/admin/registrations").retrieve()
                .body(new ParameterizedTypeReference<>() { });
        return (String) all.stream().filter(r -> id.equals(r.get("id"))).findFirst().orElseThrow().get("status");
    }

    private static String newCode() {
        return "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    @Test
    void theOrganiserSeesEveryTypeWithItsFill() {
        var page = console().page("/admin/ticket-types?lang=en");
        var stranger = console().anonymous().get().uri("/admin/ticket-types").accept(MediaType.TEXT_HTML).retrieve()
                .toBodilessEntity();

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("data-ticket-type=\"MEMBER\"", "data-ticket-type=\"PRESS\"", "ESS member",
                "Adhérent·e ESS", "<svg class=\"chart\"", "/admin/ticket-types/MEMBER/capacity", "class=\"console-nav\"")
                .doesNotContain("style=").doesNotContain("<script");
        assertThat(stranger.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(stranger.getHeaders().getLocation().getPath()).isEqualTo("/login");
    }

    @Test
    void aNewTypeIsCreatedAndADuplicateOrBadInputIsRefusedOnTheForm() {
        String code = newCode();

        var created = console().post("/admin/ticket-types", Map.of("code", code, "labelFr", "Bénévole",
                "labelEn", "Volunteer", "capacity", "40", "lang", "en"));
        var duplicate = console().post("/admin/ticket-types", Map.of("code", code, "labelFr", "Autre",
                "labelEn", "Other", "capacity", "5"));
        var bad = console().post("/admin/ticket-types", Map.of("code", "lower case", "labelFr", "",
                "labelEn", "Bad", "capacity", "many"));

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(created.getHeaders().getLocation().getQuery()).isEqualTo("lang=en&done=created");
        assertThat(type(code)).containsEntry("capacity", 40).containsEntry("available", 40)
                .containsEntry("label", Map.of("fr", "Bénévole", "en", "Volunteer"));
        assertThat(duplicate.getStatusCode()).isEqualTo(HttpStatus.OK);
        ConsoleClient.assertUniqueIds(duplicate.getBody());
        assertThat(duplicate.getBody()).contains("Ce code existe déjà", "role=\"alert\"", "href=\"#code\"",
                "aria-invalid=\"true\"", "value=\"Autre\"");
        assertThat(type(code)).containsEntry("label", Map.of("fr", "Bénévole", "en", "Volunteer"));
        assertThat(bad.getBody()).contains("href=\"#code\"", "href=\"#labelFr\"", "href=\"#capacity\"")
                .doesNotContain("href=\"#labelEn\"");
        assertThat(type("lower case")).isNull();
        assertThat(type(code)).containsEntry("restricted", false);
    }

    @Test
    void aStoreFromBeforeInvitationCodesGetsSpeakerAndPressByInvitationUnlessTheOrganiserDecided() {
        mongo.updateFirst(Query.query(Criteria.where("_id").is("SPEAKER")), new Update().unset("restricted"),
                TicketType.class);
        mongo.updateFirst(Query.query(Criteria.where("_id").is("PRESS")), new Update().set("restricted", false),
                TicketType.class);
        assertThat(type("SPEAKER")).containsEntry("restricted", false);
        try {
            defaults.run(null);

            assertThat(type("SPEAKER")).containsEntry("restricted", true);
            assertThat(type("PRESS")).as("opened by the organiser").containsEntry("restricted", false);
        } finally {
            mongo.updateMulti(Query.query(Criteria.where("_id").in("SPEAKER", "PRESS")),
                    new Update().set("restricted", true), TicketType.class);
        }
    }

    @Test
    void aTypeCreatedByInvitationOnlyIsShownSoAsSpeakerAndPress() {
        String code = newCode();

        var created = console().post("/admin/ticket-types", Map.of("code", code, "labelFr", "Jury",
                "labelEn", "Jury", "capacity", "5", "restricted", "true"));
        var page = console().page("/admin/ticket-types");

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(type(code)).containsEntry("restricted", true);
        assertThat(page.getBody()).containsPattern("data-ticket-type=\"PRESS\"(?s:(?!</tr>).)*sur invitation")
                .containsPattern("data-ticket-type=\"MEMBER\"(?s:(?!</tr>).)*ouvert à tous")
                .contains("<label for=\"restricted\">");
    }

    @Test
    void raisingTheCapacitySeatsTheFirstInLineAndGoingBelowTheConfirmedIsRefused() {
        String code = newCode();
        console().post("/admin/ticket-types", Map.of("code", code, "labelFr", "Un", "labelEn", "One",
                "capacity", "1"));
        register(code);
        String waiting = register(code);

        var below = console().post("/admin/ticket-types/" + code + "/capacity", Map.of("capacity", "0"));
        var notANumber = console().post("/admin/ticket-types/" + code + "/capacity", Map.of("capacity", "-3"));
        var raised = console().post("/admin/ticket-types/" + code + "/capacity",
                Map.of("capacity", "2", "lang", "en"));
        var unknown = console().post("/admin/ticket-types/NOPE-" + code + "/capacity", Map.of("capacity", "2"));

        assertThat(below.getStatusCode()).isEqualTo(HttpStatus.OK);
        ConsoleClient.assertUniqueIds(below.getBody());
        assertThat(below.getBody()).contains("ne peut pas descendre sous les 1 places déjà confirmées",
                "href=\"#capacity-" + code + "\"", "aria-describedby=\"capacity-" + code + "-error\"");
        assertThat(notANumber.getBody()).contains("Indiquez un nombre de places entier");
        assertThat(raised.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(raised.getHeaders().getLocation().getQuery()).isEqualTo("lang=en&done=capacity");
        assertThat(type(code)).containsEntry("capacity", 2);
        await().atMost(Duration.ofSeconds(15)).until(() -> "CONFIRMED".equals(statusOf(waiting)));
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }
}
