package org.nec.registration.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.nec.events.EventEnvelope;
import org.nec.events.Topics;
import org.nec.events.registration.RegistrationConfirmed;
import org.nec.events.registration.RegistrationErased;
import org.nec.events.registration.RegistrationUpdated;
import org.nec.testing.TestAccounts;
import org.nec.testing.TopicRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * The registration scenarios, run on embedded infrastructure here and on containers where Docker exists.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class RegistrationScenarios {

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    MongoTemplate mongo;

    RestClient http() {
        return RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { })
                .build();
    }

    RestClient organiser() {
        return http().mutate().defaultHeaders(h -> h.setBasicAuth(TestAccounts.ORGANISER,
                TestAccounts.ORGANISER_PASSWORD)).build();
    }

    public static Map<String, Object> registrationFor(String email) {
        return registrationFor(email, "MEMBER");
    }

    public static Map<String, Object> registrationFor(String email, String ticketType) {
        return Map.of("firstName", "Aïcha", "lastName", "Martin", "email", email,
                "organisation", "Coop des Communs", "ticketType", ticketType, "language", "fr",
                "answers", Map.of(), "consent", Map.of("privacyPolicy", true));
    }

    Map<?, ?> register(String email) {
        var response = http().post().uri("/api/registrations").contentType(MediaType.APPLICATION_JSON)
                .body(registrationFor(email)).retrieve().toEntity(Map.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return response.getBody();
    }

    public static String token(Map<?, ?> created) {
        String url = (String) created.get("manageUrl");
        return url.substring(url.indexOf("token=") + "token=".length());
    }

    Registration stored(String id) {
        return mongo.findById(id, Registration.class);
    }

    @Test
    void registeringStoresTheAttendeeAndPublishesRegistrationConfirmedOnce() {
        String email = "aicha-" + UUID.randomUUID() + "@example.org";

        var response = http().post().uri("/api/registrations").contentType(MediaType.APPLICATION_JSON)
                .body(registrationFor(email)).retrieve().toEntity(Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String id = (String) response.getBody().get("id");
        assertThat(response.getHeaders().getLocation()).hasToString("/api/registrations/" + id);
        assertThat(response.getBody()).containsEntry("status", "CONFIRMED").doesNotContainKey("waitlistPosition");
        assertThat((String) response.getBody().get("manageUrl")).matches(".*/manage/" + id + "\\?token=[\\w-]{43}");
        try (var records = new TopicRecords(bootstrapServers, Topics.REGISTRATION)) {
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(records.events())
                    .filteredOn(e -> e.aggregateId().equals(id)).singleElement()
                    .extracting(EventEnvelope::payload).isInstanceOfSatisfying(RegistrationConfirmed.class, e -> {
                        // the personal fields travel encrypted with the person's own key
                        assertThat(e.email()).isNull();
                        assertThat(e.personal()).doesNotContain(email);
                        assertThat(Sealed.personal(bootstrapServers, e).email()).isEqualTo(email);
                        assertThat(e.language()).isEqualTo("fr");
                        // the link and the code travel sealed for notification-service only
                        assertThat(e.manageUrl()).isNull();
                        assertThat(e.checkInCode()).isNull();
                        assertThat(e.sealedManageUrl()).doesNotContain(token(response.getBody()));
                        assertThat(Sealed.manageUrl(id, e.sealedManageUrl()))
                                .isEqualTo(response.getBody().get("manageUrl"));
                        assertThat(Sealed.checkInCode(id, e.sealedCheckInCode())).startsWith("NEC1." + id + ".");
                    }));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> stored(id).pendingEvents().isEmpty());
        assertThat(stored(id).manageTokenHash()).isEqualTo(ManageToken.hash(token(response.getBody())));
    }

    @Test
    void aSecondActiveRegistrationForTheSameAddressIsRefusedUntilTheFirstIsCancelled() {
        String email = "dup-" + UUID.randomUUID() + "@example.org";
        var first = register(email);
        var second = http().post().uri("/api/registrations").contentType(MediaType.APPLICATION_JSON)
                .body(registrationFor("  " + email.toUpperCase() + " ")).retrieve().toEntity(Map.class);

        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(second.getHeaders().getContentType()).hasToString("application/problem+json");

        var cancelled = http().delete().uri("/api/registrations/" + first.get("id"))
                .header("X-Manage-Token", token(first)).retrieve().toEntity(Map.class);
        assertThat(cancelled.getBody().get("status")).isEqualTo("CANCELLED");
        assertThat(register(email).get("status")).isEqualTo("CONFIRMED");
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyAnswersTheFirstRegistration() {
        String email = "retry-" + UUID.randomUUID() + "@example.org";
        String key = UUID.randomUUID().toString();

        var first = http().post().uri("/api/registrations").header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).body(registrationFor(email)).retrieve().toEntity(Map.class);
        var retry = http().post().uri("/api/registrations").header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).body(registrationFor(email)).retrieve().toEntity(Map.class);
        var misuse = http().post().uri("/api/registrations").header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).body(registrationFor("other-" + email)).retrieve()
                .toEntity(Map.class);

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(retry.getBody()).containsEntry("id", first.getBody().get("id")).containsEntry("status", "CONFIRMED");
        assertThat(misuse.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(mongo.count(Query.query(org.springframework.data.mongodb.core.query.Criteria.where("email")
                .regex(java.util.regex.Pattern.quote(email) + "$")), Registration.class)).isEqualTo(1);
    }

    @Test
    void anAttendeeChangesTheirDetailsAndTheOtherServicesAreTold() {
        var created = register("patch-" + UUID.randomUUID() + "@example.org");
        String id = (String) created.get("id");

        var patched = http().patch().uri("/api/registrations/" + id).header("X-Manage-Token", token(created))
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("language", "en", "organisation", "SCIC Numérique"))
                .retrieve().toEntity(Map.class);

        assertThat(patched.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(patched.getBody()).containsEntry("language", "en").containsEntry("firstName", "Aïcha");
        try (var records = new TopicRecords(bootstrapServers, Topics.REGISTRATION)) {
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(records.events())
                    .filteredOn(e -> e.aggregateId().equals(id) && e.payload() instanceof RegistrationUpdated)
                    .singleElement().extracting(e -> Sealed.personal(bootstrapServers,
                            (RegistrationUpdated) e.payload()).organisation())
                    .isEqualTo("SCIC Numérique"));
        }
    }

    @Test
    void erasureRemovesThePersonAndReachesTheEventStream() {
        String email = "erase-" + UUID.randomUUID() + "@example.org";
        var created = register(email);
        String id = (String) created.get("id");

        var erased = http().post().uri("/api/registrations/" + id + "/erasure").header("X-Manage-Token",
                token(created)).retrieve().toBodilessEntity();

        assertThat(erased.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(http().get().uri("/api/registrations/" + id).header("X-Manage-Token", token(created)).retrieve()
                .toBodilessEntity().getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        Registration left = stored(id);
        assertThat(left.status()).isEqualTo(RegistrationStatus.ERASED);
        assertThat(left.email()).isNull();
        assertThat(left.firstName()).isNull();
        assertThat(left.manageTokenHash()).isNull();
        try (var records = new TopicRecords(bootstrapServers, Topics.REGISTRATION)) {
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(records.events())
                    .filteredOn(e -> e.aggregateId().equals(id) && e.payload() instanceof RegistrationErased)
                    .hasSize(1));
        }
    }

    @Test
    void checkingInTwiceIsAConflict() {
        String id = (String) register("door-" + UUID.randomUUID() + "@example.org").get("id");

        var first = organiser().post().uri("/api/admin/registrations/" + id + "/check-in").retrieve()
                .toEntity(Map.class);
        var second = organiser().post().uri("/api/admin/registrations/" + id + "/check-in").retrieve()
                .toEntity(Map.class);

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(first.getBody()).containsKey("checkedInAt");
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(organiser().post().uri("/api/admin/registrations/" + UUID.randomUUID() + "/check-in").retrieve()
                .toBodilessEntity().getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void theOrganiserExportsRegistrationsAsCsvWithoutFormulas() {
        String email = "csv-" + UUID.randomUUID() + "@example.org";
        var body = new java.util.HashMap<>(registrationFor(email));
        body.put("firstName", "=HYPERLINK(\"x\")");
        http().post().uri("/api/registrations").contentType(MediaType.APPLICATION_JSON).body(body).retrieve()
                .toBodilessEntity();

        var csv = organiser().get().uri("/api/admin/registrations?format=csv&q=" + email).retrieve()
                .toEntity(String.class);

        assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(csv.getBody().lines()).hasSize(2);
        assertThat(csv.getBody().lines().findFirst().orElseThrow()).startsWith("id,status,firstName,lastName,email");
        assertThat(csv.getBody()).contains("'=HYPERLINK", email, "CONFIRMED", "MEMBER");
    }

    @Test
    void aWrongTokenLooksExactlyLikeAnUnknownRegistration() {
        var created = register("token-" + UUID.randomUUID() + "@example.org");
        String id = (String) created.get("id");

        var own = http().get().uri("/api/registrations/" + id).header("X-Manage-Token", token(created))
                .retrieve().toEntity(String.class);
        var wrong = http().get().uri("/api/registrations/" + id).header("X-Manage-Token", "guess")
                .retrieve().toEntity(String.class);
        String unknownId = UUID.randomUUID().toString();
        var unknown = http().get().uri("/api/registrations/" + unknownId).header("X-Manage-Token", "guess")
                .retrieve().toEntity(String.class);

        assertThat(own.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(wrong.getBody()).isEqualTo(unknown.getBody().replace(unknownId, id));
    }

    @Test
    void adminEndpointsNeedTheOrganiser() {
        assertThat(http().get().uri("/api/admin/registrations").retrieve().toBodilessEntity().getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(organiser().get().uri("/api/admin/registrations").retrieve().toBodilessEntity().getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void healthReportsUpWithTheStoreReachable() {
        var health = http().get().uri("/actuator/health").retrieve().toEntity(String.class);

        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(health.getBody()).contains("\"status\":\"UP\"");
    }
}
