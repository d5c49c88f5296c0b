package org.nec.registration.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.nec.events.EventEnvelope;
import org.nec.events.Topics;
import org.nec.events.registration.RegistrationConfirmed;
import org.nec.testing.TopicRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * The registration scenarios, run on embedded infrastructure here and on containers where Docker exists.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class RegistrationScenarios {

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    Registrations registrations;

    RestClient http() {
        return RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { })
                .build();
    }

    static Map<String, Object> registrationFor(String email) {
        return Map.of("firstName", "Aïcha", "lastName", "Martin", "email", email,
                "organisation", "Coop des Communs", "ticketType", "MEMBER", "language", "fr",
                "answers", Map.of(), "consent", Map.of("privacyPolicy", true));
    }

    @Test
    void registeringStoresTheAttendeeAndPublishesRegistrationConfirmedOnce() {
        String email = "aicha-" + UUID.randomUUID() + "@example.org";

        var response = http().post().uri("/api/registrations").contentType(MediaType.APPLICATION_JSON)
                .body(registrationFor(email)).retrieve().toEntity(Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String id = (String) response.getBody().get("id");
        assertThat(response.getHeaders().getLocation()).hasToString("/api/registrations/" + id);
        assertThat(response.getBody()).containsEntry("status", "CONFIRMED");
        assertThat((String) response.getBody().get("manageUrl")).matches(".*/manage/" + id + "\\?token=[\\w-]{43}");
        try (var records = new TopicRecords(bootstrapServers, Topics.REGISTRATION)) {
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(records.events())
                    .filteredOn(e -> e.aggregateId().equals(id)).singleElement()
                    .extracting(EventEnvelope::payload).isInstanceOfSatisfying(RegistrationConfirmed.class, e -> {
                        assertThat(e.email()).isEqualTo(email);
                        assertThat(e.language()).isEqualTo("fr");
                        assertThat(e.manageUrl()).isEqualTo(response.getBody().get("manageUrl"));
                    }));
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(registrations.findWithToken(id, token(response.getBody()))).get()
                        .extracting(Registration::pendingEvents).asInstanceOf(
                                org.assertj.core.api.InstanceOfAssertFactories.LIST).isEmpty());
    }

    @Test
    void aSecondActiveRegistrationForTheSameAddressIsRefused() {
        String email = "dup-" + UUID.randomUUID() + "@example.org";
        var first = http().post().uri("/api/registrations").contentType(MediaType.APPLICATION_JSON)
                .body(registrationFor(email)).retrieve().toEntity(Map.class);
        var second = http().post().uri("/api/registrations").contentType(MediaType.APPLICATION_JSON)
                .body(registrationFor("  " + email.toUpperCase() + " ")).retrieve().toEntity(Map.class);

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(second.getHeaders().getContentType()).hasToString("application/problem+json");
    }

    @Test
    void invalidRegistrationIsRefusedFieldByFieldAndNothingIsStored() {
        long before = registrations.all().size();
        var body = Map.of("firstName", "", "lastName", "Martin\u0007", "email", "not-an-address",
                "ticketType", "MEMBER", "language", "de", "consent", Map.of("privacyPolicy", false));

        var response = http().post().uri("/api/registrations").contentType(MediaType.APPLICATION_JSON)
                .body(body).retrieve().toEntity(Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(response.getBody().get("errors").toString())
                .contains("field=firstName", "field=lastName", "field=email", "field=language",
                        "field=consent.privacyPolicy");
        assertThat(registrations.all()).hasSize((int) before);
    }

    @Test
    void malformedJsonIsAProblemNotAServerError() {
        var response = http().post().uri("/api/registrations").contentType(MediaType.APPLICATION_JSON)
                .body("{\"firstName\": ").retrieve().toEntity(Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
    }

    @Test
    void aWrongTokenLooksExactlyLikeAnUnknownRegistration() {
        var created = http().post().uri("/api/registrations").contentType(MediaType.APPLICATION_JSON)
                .body(registrationFor("token-" + UUID.randomUUID() + "@example.org")).retrieve().toEntity(Map.class);
        String id = (String) created.getBody().get("id");

        var own = http().get().uri("/api/registrations/" + id).header("X-Manage-Token", token(created.getBody()))
                .retrieve().toEntity(String.class);
        var wrong = http().get().uri("/api/registrations/" + id).header("X-Manage-Token", "guess")
                .retrieve().toEntity(String.class);
        var unknown = http().get().uri("/api/registrations/" + UUID.randomUUID()).header("X-Manage-Token", "guess")
                .retrieve().toEntity(String.class);

        assertThat(own.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(wrong.getBody()).isEqualTo(unknown.getBody().replace(unknownId(unknown.getBody()),
                unknownId(wrong.getBody())));
    }

    @Test
    void adminEndpointsNeedTheOrganiser() {
        assertThat(http().get().uri("/api/admin/registrations").retrieve().toBodilessEntity().getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http().get().uri("/api/admin/registrations")
                .headers(h -> h.setBasicAuth("organiser", org.nec.testing.TestAccounts.ORGANISER_PASSWORD))
                .retrieve().toBodilessEntity().getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void healthReportsUpWithTheStoreReachable() {
        var health = http().get().uri("/actuator/health").retrieve().toEntity(String.class);

        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(health.getBody()).contains("\"status\":\"UP\"");
    }

    private static String token(Map<?, ?> created) {
        String url = (String) created.get("manageUrl");
        return url.substring(url.indexOf("token=") + "token=".length());
    }

    /** Problem bodies name the request path; compare them without it. */
    private static String unknownId(String body) {
        int start = body.indexOf("/api/registrations/") + "/api/registrations/".length();
        return body.substring(start, body.indexOf('"', start));
    }
}
