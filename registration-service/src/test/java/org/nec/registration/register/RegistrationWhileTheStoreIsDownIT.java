package org.nec.registration.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.nec.events.EventEnvelope;
import org.nec.events.Topics;
import org.nec.testing.Infrastructure;
import org.nec.testing.RestartableStore;
import org.nec.testing.TestAccounts;
import org.nec.testing.TopicRecords;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/**
 * Runs against a store of its own, persisted in a file, which it stops and starts again on the same port and
 * file while the service keeps running: the service reports DOWN and refuses registrations with a 503 while the
 * store is away, then works again without a restart, and nothing it acknowledged is lost.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class RegistrationWhileTheStoreIsDownIT {

    private static final RestartableStore store = new RestartableStore();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", Infrastructure::kafkaBootstrapServers);
        registry.add("spring.mongodb.uri", () -> store.uri("store-down"));
        registry.add("nec.organiser.password", () -> TestAccounts.ORGANISER_PASSWORD);
    }

    @AfterAll
    static void stopStore() {
        store.close();
    }


    @Test
    void theServiceRidesOutAStoreRestartLosingNothingItAcknowledged() {
        Map<?, ?> before = register("before-" + UUID.randomUUID() + "@example.org").getBody();

        store.stop();

        await().atMost(Duration.ofSeconds(60)).until(() -> health() == HttpStatus.SERVICE_UNAVAILABLE);
        ResponseEntity<String> refused = http().post().uri("/api/registrations")
                .contentType(MediaType.APPLICATION_JSON)
                .body(registrationFor("during-" + UUID.randomUUID() + "@example.org"))
                .retrieve().toEntity(String.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused.getHeaders().getFirst("Retry-After")).isNotBlank();
        assertThat(refused.getBody()).contains("\"status\":503").doesNotContain("Exception", "at org.");

        store.start();

        await().atMost(Duration.ofSeconds(60)).until(() -> health() == HttpStatus.OK);
        Map<?, ?> after = register("after-" + UUID.randomUUID() + "@example.org").getBody();
        String beforeId = (String) before.get("id");
        String afterId = (String) after.get("id");
        assertThat(view(before).getStatusCode()).as("the registration acknowledged before the store went away")
                .isEqualTo(HttpStatus.OK);
        assertThat(view(after).getStatusCode()).isEqualTo(HttpStatus.OK);
        try (var records = new TopicRecords(Infrastructure.kafkaBootstrapServers(), Topics.REGISTRATION)) {
            // the relay is at-least-once: a record sent just as the store went away may go again, as the same
            // event (same eventId), which consumers drop
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(records.events().stream()
                    .filter(e -> e.aggregateId().equals(beforeId) || e.aggregateId().equals(afterId))
                    .collect(Collectors.groupingBy(EventEnvelope::aggregateId,
                            Collectors.mapping(EventEnvelope::eventId, Collectors.toSet()))))
                    .containsOnlyKeys(beforeId, afterId)
                    .allSatisfy((id, eventIds) -> assertThat(eventIds).as("events of %s", id).hasSize(1)));
        }
    }

    private ResponseEntity<Map> register(String email) {
        var response = http().post().uri("/api/registrations").contentType(MediaType.APPLICATION_JSON)
                .body(registrationFor(email)).retrieve().toEntity(Map.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return response;
    }

    /** The attendee's own view, through the manage link's token. */
    private ResponseEntity<Map> view(Map<?, ?> created) {
        String manageUrl = (String) created.get("manageUrl");
        return http().get().uri("/api/registrations/{id}", created.get("id"))
                .header("X-Manage-Token", manageUrl.substring(manageUrl.indexOf("token=") + "token=".length()))
                .retrieve().toEntity(Map.class);
    }

    private static Map<String, Object> registrationFor(String email) {
        return Map.of("firstName", "Aïcha", "lastName", "Martin", "email", email, "organisation", "Coop des Communs",
                "ticketType", "MEMBER", "language", "fr", "answers", Map.of(), "consent", Map.of("privacyPolicy", true));
    }

    private HttpStatus health() {
        return HttpStatus.valueOf(http().get().uri("/actuator/health").retrieve().toBodilessEntity()
                .getStatusCode().value());
    }

    private RestClient http() {
        return RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { }).build();
    }
}
