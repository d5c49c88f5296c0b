package org.nec.notification.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.nec.notification.session.SessionCopy;
import org.nec.notification.reminder.Reminders;
import org.nec.testing.EmbeddedInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * What a message in the middle of being sent meets: an erasure, a cancelled seat, a session that moves, a lease
 * that would run out. The messages here are leased by an instance of the test's own, so the service's dispatcher
 * leaves them alone.
 */
@SpringBootTest(properties = {"spring.application.name=lease-tests", "nec.reminders.session-before=PT1H"})
@EmbeddedInfrastructure
class LeasesIT {

    private static final String OWNER = "dispatcher-under-test";

    @Autowired
    Notifications notifications;

    @Autowired
    Reminders reminders;

    @Autowired
    MongoTemplate mongo;

    private Notification leased(MessageType type, String registrationId, String sessionId, Instant dueAt) {
        String id = type + ":" + UUID.randomUUID();
        Notification notification = new Notification(id, type, registrationId, sessionId, registrationId
                + "@example.org", "fr", "Sujet", Map.of("firstName", "Zoé"), NotificationStatus.SCHEDULED, dueAt, null,
                1, null, Instant.now().plus(Duration.ofMinutes(10)), OWNER, Instant.now(), List.of(), List.of());
        mongo.insert(notification);
        return notification;
    }

    private Notification stored(Notification notification) {
        return mongo.findById(notification.id(), Notification.class);
    }

    @Test
    void aMessageErasedWhileItIsSentIsNeitherMarkedSentNorAnnouncedWithItsAddress() {
        String registrationId = UUID.randomUUID().toString();
        Notification inFlight = leased(MessageType.REGISTRATION_UPDATED, registrationId, null, Instant.now());

        notifications.forget(registrationId);
        notifications.markSent(inFlight, OWNER);

        Notification after = stored(inFlight);
        assertThat(after.status()).isEqualTo(NotificationStatus.CANCELLED);
        assertThat(after.recipient()).isEqualTo(Notifications.ERASED);
        assertThat(after.pendingEvents()).isEmpty();
    }

    @Test
    void aFailedAttemptNeverBringsAMovedReminderForward() {
        String sessionId = UUID.randomUUID().toString();
        Instant start = Instant.now().plus(Duration.ofHours(3)).truncatedTo(ChronoUnit.MILLIS);
        Notification inFlight = leased(MessageType.SESSION_REMINDER, UUID.randomUUID().toString(), sessionId,
                Instant.now().minusSeconds(1));

        Instant later = start.plus(Duration.ofDays(1));
        reminders.sessionMoved(new SessionCopy(sessionId, "Atelier", "Workshop", "Salle Gide", later,
                later.plus(Duration.ofHours(1)), false, 2, null, null));
        notifications.markAttemptFailed(inFlight, OWNER, "the mail server is away");

        assertThat(stored(inFlight).dueAt()).isEqualTo(later.minus(Duration.ofHours(1)));
        assertThat(stored(inFlight).status()).isEqualTo(NotificationStatus.SCHEDULED);
    }

    @Test
    void renewingALeaseKeepsOnlyWhatIsStillOursToSend() {
        String leaving = UUID.randomUUID().toString();
        Notification staying = leased(MessageType.SESSION_REMINDER, UUID.randomUUID().toString(), "s", Instant.now());
        Notification cancelled = leased(MessageType.SESSION_REMINDER, leaving, "s", Instant.now());
        Notification takenOver = leased(MessageType.SESSION_REMINDER, UUID.randomUUID().toString(), "s",
                Instant.now());
        mongo.updateFirst(org.springframework.data.mongodb.core.query.Query.query(
                        org.springframework.data.mongodb.core.query.Criteria.where("_id").is(takenOver.id())),
                new org.springframework.data.mongodb.core.query.Update().set("leaseOwner", "another-instance"),
                Notification.class);

        reminders.registrationEnded(leaving);
        List<Notification> toSend = notifications.renew(List.of(staying, cancelled, takenOver), OWNER);

        assertThat(toSend).extracting(Notification::id).containsExactly(staying.id());
        assertThat(stored(staying).leaseUntil()).as("renewed for one lease from now")
                .isBetween(Instant.now().plus(Duration.ofMinutes(1)), Instant.now().plus(Duration.ofMinutes(3)));
        assertThat(stored(cancelled).status()).isEqualTo(NotificationStatus.CANCELLED);
    }
}
