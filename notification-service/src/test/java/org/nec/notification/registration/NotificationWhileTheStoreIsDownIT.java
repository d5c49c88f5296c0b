package org.nec.notification.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.nec.notification.Mailboxes.mailsTo;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.nec.events.EventEnvelope;
import org.nec.events.EventJson;
import org.nec.events.Topics;
import org.nec.events.registration.RegistrationConfirmed;
import org.nec.testing.Infrastructure;
import org.nec.testing.RestartableStore;
import org.nec.testing.TestAccounts;
import org.nec.testing.TopicRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/**
 * Runs against a store of its own, persisted in a file, which it stops and starts again on the same port and
 * file. An event that arrives while the store is away is not dead-lettered, however few retries a record gets
 * (one here): it waits for the store, and its mail goes out once the store is back, with no restart.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "nec.messaging.retries=1", "nec.messaging.first-retry-after=200ms", "nec.notification.poll-interval=200ms"})
@DirtiesContext
class NotificationWhileTheStoreIsDownIT {

    private static final RestartableStore store = new RestartableStore();

    @LocalServerPort
    int port;

    @Autowired
    KafkaTemplate<String, Object> kafka;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", Infrastructure::kafkaBootstrapServers);
        registry.add("spring.mongodb.uri", () -> store.uri("store-down"));
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> Infrastructure.mail().smtpPort());
        registry.add("nec.organiser.password", () -> TestAccounts.ORGANISER_PASSWORD);
    }

    @AfterAll
    static void stopStore() {
        store.close();
    }


    @Test
    void anEventThatArrivesWhileTheStoreIsAwayIsMailedOnceItIsBackAndNeverDeadLettered() throws Exception {
        String id = UUID.randomUUID().toString();
        String email = "store-down-" + id + "@example.org";
        var confirmed = new RegistrationConfirmed(id, "Aïcha", "Martin", email, "Coop", "MEMBER", "fr",
                "http://127.0.0.1:8080/manage/" + id + "?token=secret-" + id, "hash", "NEC1." + id + ".sig");

        store.stop();
        await().atMost(Duration.ofSeconds(60)).until(() -> health() == HttpStatus.SERVICE_UNAVAILABLE);
        kafka.send(Topics.REGISTRATION, id, EventJson.toBytes(EventEnvelope.wrap(confirmed, Instant.now()))).get();

        try (var deadLetters = new TopicRecords(Infrastructure.kafkaBootstrapServers(),
                Topics.deadLetter(Topics.REGISTRATION))) {
            // long past one retry's worth of store timeouts (2 x 5 s): bounded retries alone would have given up
            await().during(Duration.ofSeconds(15)).atMost(Duration.ofSeconds(20))
                    .until(() -> deadLetters.poll().stream().noneMatch(r -> id.equals(r.key())));

            store.start();

            await().atMost(Duration.ofSeconds(60)).until(() -> health() == HttpStatus.OK);
            await().atMost(Duration.ofSeconds(60)).until(() -> mailsTo(email).size() == 1);
            assertThat(deadLetters.poll()).noneMatch(r -> id.equals(r.key()));
        }
        assertThat(mailsTo(email).get(0).getSubject())
                .isEqualTo("Votre inscription à Numérique En Commun[s] ESS est confirmée");
    }

    private HttpStatus health() {
        return HttpStatus.valueOf(RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { }).build()
                .get().uri("/actuator/health").retrieve().toBodilessEntity().getStatusCode().value());
    }
}
