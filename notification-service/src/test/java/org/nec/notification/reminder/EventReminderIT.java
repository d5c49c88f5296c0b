package org.nec.notification.reminder;

import static org.nec.notification.Events.publish;
import static org.nec.notification.Mailboxes.subjects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.nec.events.EventEnvelope;
import org.nec.events.Topics;
import org.nec.events.agenda.SchedulePublished;
import org.nec.events.registration.RegistrationCancelled;
import org.nec.events.registration.RegistrationConfirmed;
import org.nec.testing.EmbeddedInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.nec.notification.message.MessageType;
import org.nec.notification.message.Notification;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

/** The reminder the day before: due once the edition's start is published, not for cancelled registrations. */
@SpringBootTest(properties = {"nec.reminders.event-before=P1D", "spring.application.name=event-reminder-tests"})
@EmbeddedInfrastructure
class EventReminderIT {

    @Autowired
    KafkaTemplate<String, Object> kafka;

    @Autowired
    MongoTemplate mongo;

    @Test
    void confirmedAttendeesAreRemindedTheDayBeforeAndCancelledOnesAreNot() throws Exception {
        String staying = UUID.randomUUID().toString();
        String leaving = UUID.randomUUID().toString();
        for (String id : List.of(staying, leaving)) {
            publish(kafka, Topics.REGISTRATION, new RegistrationConfirmed(id, "Inès", "B", id + "@example.org", null,
                    "MEMBER", "fr", "http://x/manage/" + id, "h", "code"));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> subjects(staying + "@example.org").size() == 1
                && subjects(leaving + "@example.org").size() == 1);
        Instant due = Instant.now().plusSeconds(4);

        publish(kafka, Topics.AGENDA, new SchedulePublished(1, Instant.now(), "NEC 2026", "Europe/Paris",
                due.plus(Duration.ofDays(1)), 8, 8, due.plus(Duration.ofDays(3)), "Paris"));
        publish(kafka, Topics.REGISTRATION, new RegistrationCancelled(leaving, "Inès", leaving + "@example.org", "MEMBER",
                "fr"));

        await().atMost(Duration.ofSeconds(15)).until(() -> subjects(staying + "@example.org").size() == 2);
        assertThat(subjects(staying + "@example.org").get(1)).isEqualTo("La rencontre approche");
        await().atMost(Duration.ofSeconds(5)).until(() -> mongo.findById(MessageType.EVENT_REMINDER + ":" + staying,
                Notification.class).sentAt() != null);
        Notification reminder = mongo.findById(MessageType.EVENT_REMINDER + ":" + staying, Notification.class);
        assertThat(reminder.dueAt()).isEqualTo(due.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        assertThat(reminder.sentAt()).as("never before it is due").isAfterOrEqualTo(reminder.dueAt());
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
                .until(() -> !subjects(leaving + "@example.org").contains("La rencontre approche"));
    }

    @Test
    void anOlderReleaseDeliveredAgainLeavesTheRemindersAtTheNewerDate() throws Exception {
        String id = UUID.randomUUID().toString();
        publish(kafka, Topics.REGISTRATION, new RegistrationConfirmed(id, "Inès", "B", id + "@example.org", null,
                "MEMBER", "fr", "http://x/manage/" + id, "h", "code"));
        await().atMost(Duration.ofSeconds(20)).until(() -> subjects(id + "@example.org").size() == 1);
        Instant firstStart = Instant.now().plus(Duration.ofDays(30)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Instant postponed = firstStart.plus(Duration.ofDays(9));
        EventEnvelope first = EventEnvelope.wrap(new SchedulePublished(1, Instant.now(), "NEC 2026", "Europe/Paris",
                firstStart, 8, 8, firstStart.plus(Duration.ofDays(2)), "Paris"), Instant.now());
        EventEnvelope second = EventEnvelope.wrap(new SchedulePublished(2, Instant.now(), "NEC 2026", "Europe/Paris",
                postponed, 8, 1, postponed.plus(Duration.ofDays(2)), "Paris"), Instant.now().plusMillis(10));
        publish(kafka, Topics.AGENDA, first);
        publish(kafka, Topics.AGENDA, second);
        await().atMost(Duration.ofSeconds(15)).until(() -> dueAt(id) != null
                && dueAt(id).equals(postponed.minus(Duration.ofDays(1))));

        publish(kafka, Topics.AGENDA, first);

        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                .until(() -> postponed.minus(Duration.ofDays(1)).equals(dueAt(id)));
    }

    private Instant dueAt(String registrationId) {
        Notification reminder = mongo.findById(MessageType.EVENT_REMINDER + ":" + registrationId, Notification.class);
        return reminder == null ? null : reminder.dueAt();
    }
}
