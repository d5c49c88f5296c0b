package org.nec.notification.reminder;

import static org.nec.notification.Events.publish;
import static org.nec.notification.Mailboxes.mailsTo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.nec.events.Topics;
import org.nec.events.agenda.SeatConfirmed;
import org.nec.events.agenda.SeatReleased;
import org.nec.events.agenda.SessionChange;
import org.nec.events.agenda.SessionChanged;
import org.nec.events.registration.RegistrationConfirmed;
import org.nec.events.registration.RegistrationUpdated;
import org.nec.notification.message.MessageType;
import org.nec.notification.message.Notification;
import org.nec.notification.message.NotificationStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

/** Session reminders: on time, never early, following their session, gone with their seat. */
@SpringBootTest(properties = "nec.reminders.session-before=PT1H")
abstract class ReminderScenarios {

    @Autowired
    KafkaTemplate<String, Object> kafka;

    @Autowired
    MongoTemplate mongo;

    /** An attendee seated in a session starting at {@code start}; returns the attendee's address. */
    private String seated(String sessionId, String registrationId, Instant start, String language) throws Exception {
        String email = registrationId + "@example.org";
        publish(kafka, Topics.REGISTRATION, new RegistrationConfirmed(registrationId, "Noé", "B", email, null, "MEMBER",
                language, "http://x/manage/" + registrationId, "h", "code"));
        publish(kafka, Topics.AGENDA, session(sessionId, "ADDED", start));
        await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(email).size() == 1);
        publish(kafka, Topics.AGENDA, new SeatConfirmed(sessionId, registrationId));
        return email;
    }

    private static SessionChanged session(String id, String change, Instant start) {
        return new SessionChanged(id, 1, SessionChange.valueOf(change), "Atelier données ouvertes", "Open data workshop", "WORKSHOP",
                "Salle Ostrom", start, start.plus(Duration.ofHours(1)), List.of("Awa Diallo"), 20);
    }

    private Notification reminder(String sessionId, String registrationId) {
        return mongo.findById(MessageType.SESSION_REMINDER + ":" + sessionId + ":" + registrationId,
                Notification.class);
    }

    @Test
    void theSeatIsConfirmedAndTheSessionReminderArrivesOnTimeNotBefore() throws Exception {
        String sessionId = UUID.randomUUID().toString();
        String registrationId = UUID.randomUUID().toString();
        Instant due = Instant.now().plusSeconds(6);

        String email = seated(sessionId, registrationId, due.plus(Duration.ofHours(1)), "en");

        await().atMost(Duration.ofSeconds(10)).until(() -> mailsTo(email).size() == 2);
        assertThat(mailsTo(email).get(1).getSubject()).isEqualTo("Your seat is booked");
        await().atMost(Duration.ofSeconds(10)).until(() -> reminder(sessionId, registrationId) != null);
        assertThat(reminder(sessionId, registrationId).dueAt())
                .isEqualTo(due.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        Duration untilJustBeforeDue = Duration.between(Instant.now(), due.minusMillis(500));
        if (!untilJustBeforeDue.isNegative()) {
            await().during(untilJustBeforeDue).atMost(untilJustBeforeDue.plusSeconds(2))
                    .until(() -> mailsTo(email).size() == 2);
        }
        await().atMost(Duration.ofSeconds(8)).until(() -> mailsTo(email).size() == 3);
        MimeMessage reminder = mailsTo(email).get(2);
        assertThat(reminder.getSubject()).isEqualTo("Your session starts soon");
        assertThat(reminder.getSentDate().toInstant()).isAfterOrEqualTo(due.minusSeconds(1));
        await().atMost(Duration.ofSeconds(5)).until(() -> reminder(sessionId, registrationId).status()
                == NotificationStatus.SENT);
        Notification sent = reminder(sessionId, registrationId);
        assertThat(sent.sentAt()).isAfterOrEqualTo(sent.dueAt());
    }

    @Test
    void aMovedSessionsReminderFollowsIt() throws Exception {
        String sessionId = UUID.randomUUID().toString();
        String registrationId = UUID.randomUUID().toString();
        Instant start = Instant.now().plus(Duration.ofHours(3)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        seated(sessionId, registrationId, start, "fr");
        await().atMost(Duration.ofSeconds(10)).until(() -> reminder(sessionId, registrationId) != null);

        Instant later = start.plus(Duration.ofHours(2));
        publish(kafka, Topics.AGENDA, session(sessionId, "MOVED", later));

        await().atMost(Duration.ofSeconds(10)).until(() -> reminder(sessionId, registrationId).dueAt()
                .equals(later.minus(Duration.ofHours(1))));
        assertThat(reminder(sessionId, registrationId).status()).isEqualTo(NotificationStatus.SCHEDULED);
    }

    @Test
    void aSeatTakenAgainAfterBeingGivenBackIsConfirmedAndRemindedAgain() throws Exception {
        String sessionId = UUID.randomUUID().toString();
        String registrationId = UUID.randomUUID().toString();
        String email = seated(sessionId, registrationId, Instant.now().plus(Duration.ofHours(2)), "en");
        await().atMost(Duration.ofSeconds(10)).until(() -> mailsTo(email).size() == 2
                && reminder(sessionId, registrationId) != null);
        publish(kafka, Topics.AGENDA, new SeatReleased(sessionId, registrationId));
        await().atMost(Duration.ofSeconds(10)).until(() -> reminder(sessionId, registrationId).status()
                == NotificationStatus.CANCELLED);

        publish(kafka, Topics.AGENDA, new SeatConfirmed(sessionId, registrationId));

        await().atMost(Duration.ofSeconds(10)).until(() -> mailsTo(email).size() == 3);
        assertThat(mailsTo(email).get(2).getSubject()).isEqualTo("Your seat is booked");
        await().atMost(Duration.ofSeconds(10)).until(() -> reminder(sessionId, registrationId).status()
                == NotificationStatus.SCHEDULED);
    }

    @Test
    void aSeatHeardOfBeforeItsRegistrationIsConfirmedAndRemindedOnceTheRegistrationArrives() throws Exception {
        String sessionId = UUID.randomUUID().toString();
        String registrationId = UUID.randomUUID().toString();
        String email = registrationId + "@example.org";
        publish(kafka, Topics.AGENDA, session(sessionId, "ADDED", Instant.now().plus(Duration.ofHours(2))));
        publish(kafka, Topics.AGENDA, new SeatConfirmed(sessionId, registrationId));
        await().atMost(Duration.ofSeconds(10)).until(() -> mongo.findById(sessionId + ":" + registrationId,
                org.nec.notification.seat.SeatCopy.class) != null);

        publish(kafka, Topics.REGISTRATION, new RegistrationConfirmed(registrationId, "Noé", "B", email, null,
                "MEMBER", "en", "http://x/manage/" + registrationId, "h", "code"));

        await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(email).size() == 2);
        assertThat(mailsTo(email)).extracting(MimeMessage::getSubject).contains("Your seat is booked");
        await().atMost(Duration.ofSeconds(10)).until(() -> reminder(sessionId, registrationId) != null);
        assertThat(reminder(sessionId, registrationId).status()).isEqualTo(NotificationStatus.SCHEDULED);
    }

    @Test
    void aReminderGoesToTheAddressAndInTheLanguageThePersonHasWhenItIsSent() throws Exception {
        String sessionId = UUID.randomUUID().toString();
        String registrationId = UUID.randomUUID().toString();
        Instant due = Instant.now().plusSeconds(8);
        String email = seated(sessionId, registrationId, due.plus(Duration.ofHours(1)), "fr");
        await().atMost(Duration.ofSeconds(10)).until(() -> reminder(sessionId, registrationId) != null);
        String corrected = "noe." + UUID.randomUUID() + "@example.net";

        publish(kafka, Topics.REGISTRATION, new RegistrationUpdated(registrationId, "Noé", "B", corrected, null,
                "en"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(mailsTo(corrected))
                .extracting(MimeMessage::getSubject).contains("Your session starts soon"));
        assertThat(mailsTo(email)).extracting(MimeMessage::getSubject).doesNotContain("Votre séance commence bientôt",
                "Your session starts soon");
        await().atMost(Duration.ofSeconds(5)).until(() -> reminder(sessionId, registrationId).status()
                == NotificationStatus.SENT);
        assertThat(reminder(sessionId, registrationId).recipient()).isEqualTo(corrected);
    }

    @Test
    void aReleasedSeatsReminderIsNotSent() throws Exception {
        String sessionId = UUID.randomUUID().toString();
        String registrationId = UUID.randomUUID().toString();
        seated(sessionId, registrationId, Instant.now().plus(Duration.ofHours(2)), "fr");
        await().atMost(Duration.ofSeconds(10)).until(() -> reminder(sessionId, registrationId) != null);

        publish(kafka, Topics.AGENDA, new SeatReleased(sessionId, registrationId));

        await().atMost(Duration.ofSeconds(10)).until(() -> reminder(sessionId, registrationId).status()
                == NotificationStatus.CANCELLED);
    }

    @Test
    void aReminderWhoseSessionAlreadyStartedIsDroppedNotSent() throws Exception {
        String sessionId = UUID.randomUUID().toString();
        String registrationId = UUID.randomUUID().toString();
        String email = seated(sessionId, registrationId, Instant.now().plus(Duration.ofHours(2)), "fr");
        await().atMost(Duration.ofSeconds(10)).until(() -> reminder(sessionId, registrationId) != null);

        publish(kafka, Topics.AGENDA, session(sessionId, "MOVED", Instant.now().minusSeconds(60)));

        await().atMost(Duration.ofSeconds(15)).until(() -> reminder(sessionId, registrationId).status()
                == NotificationStatus.CANCELLED);
        assertThat(reminder(sessionId, registrationId).lastError()).isEqualTo("the session already started");
        assertThat(mailsTo(email)).extracting(MimeMessage::getSubject).doesNotContain("Votre séance commence bientôt");
    }
}
