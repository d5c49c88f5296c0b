package org.nec.notification.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.nec.events.EventEnvelope;
import org.nec.events.EventJson;
import org.nec.events.Topics;
import org.nec.events.notification.NotificationFailed;
import org.nec.events.registration.RegistrationConfirmed;
import org.nec.localstack.MailServer;
import org.nec.localstack.Ports;
import org.nec.testing.Infrastructure;
import org.nec.testing.TestAccounts;
import org.nec.testing.TopicRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.nec.notification.message.Notification;
import org.nec.notification.message.Notifications;
import org.nec.notification.message.MessageType;
import org.nec.notification.message.NotificationStatus;

/**
 * A mail server that answers but refuses every message (a transient 451, as a full queue would): the
 * confirmation is tried its allotted number of times, then marked FAILED, and {@code NotificationFailed} is
 * published on {@code notification.events}. Runs with a mail server of its own.
 */
@SpringBootTest(properties = {"nec.notification.max-attempts=3", "nec.notification.first-retry-after=200ms",
        "nec.notification.poll-interval=200ms", "nec.notification.lease=3s"})
@DirtiesContext
class MailRefusedUntilFailedIT {

    private static final Path MAIL_DIR = mailDir();
    private static final MailServer MAIL = refusingMailServer();

    @Autowired
    KafkaTemplate<String, Object> kafka;

    @Autowired
    Notifications notifications;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", Infrastructure::kafkaBootstrapServers);
        registry.add("spring.mongodb.uri", () -> Infrastructure.mongoUri("refused-" + UUID.randomUUID()));
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", MAIL::smtpPort);
        registry.add("nec.organiser.password", () -> TestAccounts.ORGANISER_PASSWORD);
    }

    @AfterAll
    static void stopMail() {
        MAIL.close();
    }

    private static Path mailDir() {
        try {
            Path dir = Files.createTempDirectory("nec-refusing-mail-");
            Files.createFile(dir.resolve(MailServer.REFUSE));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MailServer refusingMailServer() {
        return new MailServer(Ports.free(), Ports.free(), MAIL_DIR).start();
    }

    @Test
    void aConfirmationTheMailServerKeepsRefusingEndsFailedAndNotificationFailedIsPublished() throws Exception {
        String id = UUID.randomUUID().toString();
        String email = "refused-" + id + "@example.org";
        var confirmed = new RegistrationConfirmed(id, "Aïcha", "Martin", email, "Coop", "MEMBER", "fr",
                "http://127.0.0.1:8080/manage/" + id + "?token=secret-" + id, "hash", "NEC1." + id + ".sig");

        kafka.send(Topics.REGISTRATION, id, EventJson.toBytes(EventEnvelope.wrap(confirmed, Instant.now()))).get();

        await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> assertThat(notifications.forRecipient(email))
                .singleElement().extracting(Notification::status).isEqualTo(NotificationStatus.FAILED));
        Notification failed = notifications.forRecipient(email).get(0);
        assertThat(failed.type()).isEqualTo(MessageType.REGISTRATION_CONFIRMED);
        assertThat(failed.attempts()).as("tried its allotted number of times, no more").isEqualTo(3);
        assertThat(failed.lastError()).isNotBlank();
        assertThat(MAIL.greenMail().getReceivedMessagesForDomain(email)).as("nothing was delivered").isEmpty();
        try (var records = new TopicRecords(Infrastructure.kafkaBootstrapServers(), Topics.NOTIFICATION)) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(records.events())
                    .filteredOn(e -> e.aggregateId().equals(failed.id())).singleElement()
                    .satisfies(e -> {
                        assertThat(e.type()).isEqualTo("NotificationFailed");
                        assertThat(e.payload()).isInstanceOfSatisfying(NotificationFailed.class, event -> {
                            assertThat(event.type()).isEqualTo(MessageType.REGISTRATION_CONFIRMED.name());
                            assertThat(event.reason()).isEqualTo(failed.lastError());
                            assertThat(event.failedAt()).isNotNull();
                        });
                    }));
        }
    }
}
