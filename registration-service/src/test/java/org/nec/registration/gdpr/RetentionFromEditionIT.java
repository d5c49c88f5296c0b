package org.nec.registration.gdpr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.nec.events.EventEnvelope;
import org.nec.events.Topics;
import org.nec.events.agenda.SchedulePublished;
import org.nec.registration.register.Registration;
import org.nec.registration.register.RegistrationStatus;
import org.nec.testing.EmbeddedInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.web.client.RestClient;

/**
 * Retention with nothing configured: the edition's end comes from agenda-service's releases of the programme, and
 * once that end plus the retention period is past, personal data goes by itself. The releases are handed to the
 * listener directly: a release of 2020 put on the shared test broker would purge the other tests' registrations.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "nec.retention.keep-for=30d", "nec.retention.check-every=200ms"})
@EmbeddedInfrastructure
class RetentionFromEditionIT {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    EditionEndListener listener;

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    private static EventEnvelope release(int version, String endsAt) {
        return EventEnvelope.wrap(new SchedulePublished(version, Instant.parse("2020-05-01T10:00:00Z"), "NEC",
                "Europe/Paris", null, 0, 0, Instant.parse(endsAt), "Paris"), Instant.now());
    }

    @Test
    void theEditionsEndIsLearntFromTheProgrammesReleasesAndAnOlderReleaseNeverMovesItBack() {
        listener.on(release(7, "2099-06-30T22:00:00Z"));
        listener.on(release(6, "2020-06-29T22:00:00Z"));
        listener.on(release(7, "2020-06-29T22:00:00Z"));

        assertThat(listener.endsAt()).contains(Instant.parse("2099-06-30T22:00:00Z"));
        assertThat(listeners.getListenerContainer("registration-edition").getContainerProperties().getTopics())
                .containsExactly(Topics.AGENDA);
    }

    @Test
    void registrationsAreErasedOnceThePublishedEditionEndedLongerAgoThanTheRetentionPeriod() {
        mongo.remove(new org.springframework.data.mongodb.core.query.Query(), EditionEnd.class);
        Map<?, ?> created = RestClient.create("http://127.0.0.1:" + port).post().uri("/api/registrations")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("firstName", "Aïcha", "lastName", "Martin", "email",
                        "edition-" + UUID.randomUUID() + "@example.org", "ticketType", "MEMBER", "language", "fr",
                        "answers", Map.of(), "consent", Map.of("privacyPolicy", true)))
                .retrieve().body(Map.class);
        String id = (String) created.get("id");
        await().atMost(Duration.ofSeconds(20)).until(() -> mongo.findById(id, Registration.class).status()
                == RegistrationStatus.CONFIRMED);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() ->
                mongo.findById(id, Registration.class).email() != null);

        listener.on(release(1, "2020-06-29T22:00:00Z"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Registration registration = mongo.findById(id, Registration.class);
            assertThat(registration.status()).isEqualTo(RegistrationStatus.ERASED);
            assertThat(registration.email()).isNull();
        });
    }
}
