package org.nec.notification.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.nec.events.EventEnvelope;
import org.nec.events.EventJson;
import org.nec.events.Topics;
import org.nec.events.registration.RegistrationConfirmed;
import org.nec.testing.Infrastructure;
import org.nec.testing.TopicRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.KafkaTemplate;

import com.icegreen.greenmail.util.GreenMailUtil;

/** Notification scenarios, on embedded infrastructure here and on containers where Docker exists. */
@SpringBootTest
abstract class NotificationScenarios {

    @Autowired
    KafkaTemplate<String, Object> kafka;

    @Autowired
    Notifications notifications;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    static RegistrationConfirmed confirmed(String language) {
        String id = UUID.randomUUID().toString();
        return new RegistrationConfirmed(id, "Aïcha", "Martin", "aicha-" + id + "@example.org", "Coop", "MEMBER",
                language, "http://127.0.0.1:8081/manage/" + id + "?token=secret-" + id, "hash", "NEC1." + id + ".sig");
    }

    static List<MimeMessage> mailsTo(String address) {
        return List.of(Infrastructure.greenMail().getReceivedMessagesForDomain(address));
    }

    void publish(EventEnvelope envelope) throws Exception {
        kafka.send(Topics.REGISTRATION, envelope.aggregateId(), EventJson.toBytes(envelope)).get();
    }

    @Test
    void registrationConfirmedSendsTheConfirmationInFrenchWithTheManageLink() throws Exception {
        RegistrationConfirmed event = confirmed("fr");

        publish(EventEnvelope.wrap(event, Instant.now()));

        await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(event.email()).size() == 1);
        MimeMessage mail = mailsTo(event.email()).get(0);
        assertThat(mail.getSubject()).isEqualTo("Votre inscription à Numérique En Commun[s] ESS est confirmée");
        assertThat(mail.getHeader("Content-Language")).containsExactly("fr");
        assertThat(GreenMailUtil.getBody(mail)).contains("Bonjour A", event.manageUrl().replace("=", "=3D")
                .substring(0, 30));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(notifications
                .forRecipient(event.email())).singleElement().satisfies(n -> {
                    assertThat(n.status()).isEqualTo(NotificationStatus.SENT);
                    assertThat(n.model()).isNull();
                }));
    }

    @Test
    void registrationConfirmedInEnglishIsSentInEnglish() throws Exception {
        RegistrationConfirmed event = confirmed("en");

        publish(EventEnvelope.wrap(event, Instant.now()));

        await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(event.email()).size() == 1);
        assertThat(mailsTo(event.email()).get(0).getSubject())
                .isEqualTo("Your registration for Numérique En Commun[s] ESS is confirmed");
    }

    @Test
    void aRedeliveredEventSendsNoSecondMail() throws Exception {
        RegistrationConfirmed event = confirmed("fr");
        EventEnvelope envelope = EventEnvelope.wrap(event, Instant.now());
        RegistrationConfirmed later = confirmed("en");

        publish(envelope);
        await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(event.email()).size() == 1);
        publish(envelope);
        // same key, same partition: once the later event's mail is out, the duplicate has been consumed
        kafka.send(Topics.REGISTRATION, envelope.aggregateId(),
                EventJson.toBytes(EventEnvelope.wrap(later, Instant.now()))).get();

        await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(later.email()).size() == 1);
        assertThat(mailsTo(event.email())).hasSize(1);
        assertThat(notifications.forRecipient(event.email())).singleElement()
                .extracting(Notification::attempts).isEqualTo(1);
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndTheNextRecordIsStillProcessed() throws Exception {
        String poisonKey = "poison-" + UUID.randomUUID();
        RegistrationConfirmed next = confirmed("fr");

        kafka.send(Topics.REGISTRATION, poisonKey, "{ not an event".getBytes(StandardCharsets.UTF_8)).get();
        publish(EventEnvelope.wrap(next, Instant.now()));

        await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(next.email()).size() == 1);
        try (var deadLetters = new TopicRecords(bootstrapServers, Topics.deadLetter(Topics.REGISTRATION))) {
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(deadLetters.poll())
                    .filteredOn(r -> poisonKey.equals(r.key())).singleElement()
                    .satisfies(r -> assertThat(new String(r.value(), StandardCharsets.UTF_8))
                            .isEqualTo("{ not an event")));
        }
    }
}
