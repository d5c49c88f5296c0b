package org.nec.notification.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.nec.localstack.MailServer;
import org.nec.localstack.Ports;
import org.nec.testing.Infrastructure;
import org.nec.testing.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.nec.notification.NotificationServiceApplication;
import org.nec.notification.message.Notification;
import org.nec.notification.message.Notifications;
import org.nec.notification.message.MessageType;
import org.nec.notification.message.NotificationStatus;

/**
 * Delivery when things go wrong: a mail server that is down, an instance that died holding a message, and two
 * instances sharing one store. Runs with a mail server of its own, started and stopped by the tests.
 */
@SpringBootTest(properties = {"nec.notification.first-retry-after=300ms", "nec.notification.lease=3s",
        "nec.notification.poll-interval=200ms"})
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeliveryFaultsIT {

    private static final int SMTP_PORT = Ports.free();
    private static final String DATABASE = "delivery-faults-" + UUID.randomUUID();
    private static MailServer mail;

    @Autowired
    Notifications notifications;

    @Autowired
    MongoTemplate mongo;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", Infrastructure::kafkaBootstrapServers);
        registry.add("spring.mongodb.uri", () -> Infrastructure.mongoUri(DATABASE));
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("nec.organiser.password", () -> TestAccounts.ORGANISER_PASSWORD);
    }

    @AfterAll
    static void stopMail() {
        if (mail != null) {
            mail.close();
        }
    }

    private static synchronized MailServer mailServer() {
        if (mail == null) {
            mail = new MailServer(SMTP_PORT, Ports.free()).start();
        }
        return mail;
    }

    private Notification due(String id, String email, Instant dueAt) {
        return Notification.scheduled(id, MessageType.REGISTRATION_UPDATED, "r-" + id, null, email, "fr",
                "Vos informations sont modifiées", Map.of("firstName", "Zoé"), dueAt, Instant.now());
    }

    private Notification stored(String id) {
        return mongo.findById(id, Notification.class);
    }

    @Test
    @Order(1)
    void aMessageIsRetriedWhileTheMailServerIsDownThenSentWhenItIsBack() {
        String id = "down-" + UUID.randomUUID();
        String email = id + "@example.org";

        notifications.schedule(due(id, email, Instant.now()));

        await().atMost(Duration.ofSeconds(20)).until(() -> stored(id).attempts() >= 2);
        assertThat(stored(id).status()).isEqualTo(NotificationStatus.SCHEDULED);
        assertThat(stored(id).lastError()).isNotBlank();

        mailServer();

        await().atMost(Duration.ofSeconds(30)).until(() -> stored(id).status() == NotificationStatus.SENT);
        assertThat(mail.greenMail().getReceivedMessagesForDomain(email)).hasSize(1);
    }

    @Test
    void aMessageClaimedByAnInstanceThatDiedIsSentOnceItsLeaseRunsOut() {
        mailServer();
        String id = "dead-" + UUID.randomUUID();
        String email = id + "@example.org";
        Instant leaseEnds = Instant.now().plusSeconds(3);
        Notification claimedByTheDead = due(id, email, Instant.now().minusSeconds(1));
        mongo.insert(new Notification(id, claimedByTheDead.type(), claimedByTheDead.registrationId(), null, email,
                "fr", claimedByTheDead.subject(), claimedByTheDead.model(), NotificationStatus.SCHEDULED,
                claimedByTheDead.dueAt(), null, 1, null, leaseEnds, "dispatcher-that-died", Instant.now(),
                List.of(), List.of()));

        await().during(Duration.between(Instant.now(), leaseEnds.minusMillis(300)))
                .atMost(Duration.ofSeconds(4)).until(() -> mail.greenMail().getReceivedMessagesForDomain(email)
                        .length == 0);
        await().atMost(Duration.ofSeconds(15)).until(() -> stored(id).status() == NotificationStatus.SENT);
        assertThat(mail.greenMail().getReceivedMessagesForDomain(email)).hasSize(1);
        assertThat(stored(id).attempts()).isEqualTo(2);
    }

    @Test
    void twoInstancesSharingTheStoreSendEachMessageOnce() {
        mailServer();
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(NotificationServiceApplication.class)
                .web(org.springframework.boot.WebApplicationType.NONE)
                .run("--spring.kafka.bootstrap-servers=" + Infrastructure.kafkaBootstrapServers(),
                        "--spring.mongodb.uri=" + Infrastructure.mongoUri(DATABASE),
                        "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + SMTP_PORT,
                        "--nec.organiser.password=" + TestAccounts.ORGANISER_PASSWORD,
                        "--nec.notification.poll-interval=200ms")) {
            String batch = UUID.randomUUID().toString().substring(0, 8);
            Instant dueAt = Instant.now().plusSeconds(2);
            for (int i = 0; i < 60; i++) {
                notifications.schedule(due("twin-" + batch + "-" + i, "twin-" + batch + "-" + i + "@example.org",
                        dueAt));
            }

            await().atMost(Duration.ofSeconds(30)).until(() -> java.util.stream.IntStream.range(0, 60)
                    .allMatch(i -> stored("twin-" + batch + "-" + i).status() == NotificationStatus.SENT));
            for (int i = 0; i < 60; i++) {
                assertThat(mail.greenMail().getReceivedMessagesForDomain("twin-" + batch + "-" + i + "@example.org"))
                        .hasSize(1);
            }
            assertThat(java.util.stream.IntStream.range(0, 60).mapToObj(i -> stored("twin-" + batch + "-" + i)
                    .attempts())).containsOnly(1);
        }
    }
}
