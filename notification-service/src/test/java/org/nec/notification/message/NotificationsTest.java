package org.nec.notification.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.nec.events.Topics;
import org.nec.platform.outbox.OutboxMessage;
import org.nec.testing.InMemoryMongo;
import org.nec.platform.outbox.OutboxProperties;
import org.nec.platform.outbox.OutboxRelay;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.repository.support.MongoRepositoryFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;

/**
 * The transitions of a message, each one conditional write of its document, on MongoDB's wire protocol in memory:
 * claimed with a lease by one sender only, SENT or FAILED with the event it emits in its outbox, due again after
 * a failed attempt, retried only when FAILED, and forgotten with its person.
 */
class NotificationsTest {

    private static final String OWNER = "dispatcher-a";
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final Duration FIRST_RETRY_AFTER = Duration.ofSeconds(5);

    @RegisterExtension
    static final InMemoryMongo STORE = new InMemoryMongo();

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-03T08:00:00Z"));
    private final IndexInMemory due = new IndexInMemory();
    private MongoTemplate mongo;
    private Notifications notifications;

    @BeforeEach
    void anEmptyLog() {
        mongo = STORE.template("messages-" + UUID.randomUUID());
        NotificationProperties properties = new NotificationProperties("programme@nec.example", LEASE, 2,
                FIRST_RETRY_AFTER, 500, 4, Duration.ofSeconds(10), Duration.ofMinutes(1), "https://nec.example");
        // the template closes what the factory gives it after each send: a new mock each time
        ProducerFactory<String, Object> producers = () -> new MockProducer<>(true, null, new StringSerializer(),
                (topic, value) -> String.valueOf(value).getBytes());
        OutboxRelay relay = new OutboxRelay(mongo, new KafkaTemplate<>(producers), new OutboxProperties(
                List.of("notifications"), Duration.ofHours(1), 500, Duration.ofSeconds(1)));
        notifications = new Notifications(mongo, new MongoRepositoryFactory(mongo)
                .getRepository(NotificationRepository.class), relay, properties, null, clock, due);
    }

    private Notification scheduled(String id, MessageType type) {
        Notification message = Notification.scheduled(id, type, "r-" + id, null, id + "@example.org", "fr",
                "Sujet", Map.of("firstName", "Zoé", "sealedManageUrl", "S1.sealed"), clock.instant(),
                clock.instant());
        assertThat(notifications.schedule(message)).isTrue();
        return message;
    }

    private Notification stored(String id) {
        return mongo.findById(id, Notification.class);
    }

    private Notification claimedOne() {
        List<Notification> claimed = notifications.claimDue(OWNER, 10);
        assertThat(claimed).hasSize(1);
        return claimed.get(0);
    }

    @Test
    void aMessageIsScheduledOnceAndTheDueIndexHearsOfIt() {
        Notification message = scheduled("REGISTRATION_CONFIRMED:r1", MessageType.REGISTRATION_CONFIRMED);

        assertThat(notifications.schedule(message)).as("the same event again").isFalse();
        assertThat(due.entries).containsEntry(message.id(), clock.instant());
        assertThat(stored(message.id()).status()).isEqualTo(NotificationStatus.SCHEDULED);
    }

    @Test
    void aClaimLeasesADueMessageToOneSenderOnly() {
        Notification message = scheduled("REGISTRATION_UPDATED:e1", MessageType.REGISTRATION_UPDATED);

        Notification claimed = claimedOne();
        due.add(message.id(), clock.instant());
        List<Notification> byAnother = notifications.claimDue("dispatcher-b", 10);

        assertThat(claimed.attempts()).isEqualTo(1);
        assertThat(claimed.leaseOwner()).isEqualTo(OWNER);
        assertThat(claimed.leaseUntil()).isEqualTo(clock.instant().plus(LEASE));
        assertThat(byAnother).isEmpty();
        assertThat(due.entries).as("back in the index for when the lease is over")
                .containsEntry(message.id(), clock.instant().plus(LEASE));
    }

    @Test
    void markingSentKeepsNoContentAndCarriesNotificationSent() {
        Notification message = scheduled("REGISTRATION_CONFIRMED:r2", MessageType.REGISTRATION_CONFIRMED);
        Notification claimed = claimedOne();
        clock.pass(Duration.ofSeconds(3));

        notifications.markSent(claimed, OWNER);

        Notification sent = stored(message.id());
        assertThat(sent.status()).isEqualTo(NotificationStatus.SENT);
        assertThat(sent.sentAt()).isEqualTo(clock.instant());
        assertThat(sent.model()).isNull();
        assertThat(sent.leaseOwner()).isNull();
        assertThat(sent.pendingEvents()).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("NotificationSent");
            assertThat(event.topic()).isEqualTo(Topics.NOTIFICATION);
            assertThat(event.key()).isEqualTo(message.id());
        });
    }

    @Test
    void onlyTheLeaseHolderRecordsAnOutcome() {
        Notification message = scheduled("REGISTRATION_CONFIRMED:r3", MessageType.REGISTRATION_CONFIRMED);
        Notification claimed = claimedOne();

        notifications.markSent(claimed, "dispatcher-b");

        assertThat(stored(message.id()).status()).isEqualTo(NotificationStatus.SCHEDULED);
        assertThat(stored(message.id()).pendingEvents()).isEmpty();
    }

    @Test
    void aFailedAttemptIsDueAgainLaterAndTheLastOneIsFailedWithNotificationFailed() {
        Notification message = scheduled("REGISTRATION_CONFIRMED:r4", MessageType.REGISTRATION_CONFIRMED);

        boolean failedForGood = notifications.markAttemptFailed(claimedOne(), OWNER, "451 try later");

        Notification waiting = stored(message.id());
        assertThat(failedForGood).isFalse();
        assertThat(waiting.status()).isEqualTo(NotificationStatus.SCHEDULED);
        assertThat(waiting.dueAt()).isEqualTo(clock.instant().plus(FIRST_RETRY_AFTER));
        assertThat(waiting.lastError()).isEqualTo("451 try later");
        assertThat(waiting.leaseOwner()).isNull();

        clock.pass(FIRST_RETRY_AFTER);
        failedForGood = notifications.markAttemptFailed(claimedOne(), OWNER, "451 still later");

        Notification failed = stored(message.id());
        assertThat(failedForGood).isTrue();
        assertThat(failed.status()).isEqualTo(NotificationStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(2);
        assertThat(failed.model()).as("kept for a retry").isNotNull();
        assertThat(failed.pendingEvents()).extracting(OutboxMessage::type).containsExactly("NotificationFailed");
        assertThat(failed.pendingEvents().get(0).payload()).contains("451 still later");
    }

    @Test
    void anErasureConfirmationThatFailsKeepsNoAddress() {
        Notification message = scheduled("ERASURE_CONFIRMED:r5", MessageType.ERASURE_CONFIRMED);
        notifications.markAttemptFailed(claimedOne(), OWNER, "550 no such user r5@example.org");
        clock.pass(FIRST_RETRY_AFTER);

        notifications.markAttemptFailed(claimedOne(), OWNER, "550 no such user r5@example.org");

        Notification failed = stored(message.id());
        assertThat(failed.status()).isEqualTo(NotificationStatus.FAILED);
        assertThat(failed.recipient()).isEqualTo(Notifications.ERASED);
        assertThat(failed.lastError()).isEqualTo("not delivered");
        assertThat(failed.model()).isNull();
        assertThat(failed.pendingEvents().get(0).payload()).doesNotContain("r5@example.org");
    }

    @Test
    void onlyAFailedMessageIsRetriedAndOnlyOnce() {
        Notification message = scheduled("REGISTRATION_CONFIRMED:r6", MessageType.REGISTRATION_CONFIRMED);
        notifications.markAttemptFailed(claimedOne(), OWNER, "refused");
        clock.pass(FIRST_RETRY_AFTER);
        notifications.markAttemptFailed(claimedOne(), OWNER, "refused");
        clock.pass(Duration.ofHours(1));

        assertThat(notifications.retry(message.id())).isEqualTo(RetryOutcome.RETRIED);
        assertThat(notifications.retry(message.id())).isEqualTo(RetryOutcome.NOT_FAILED);
        assertThat(notifications.retry("REGISTRATION_CONFIRMED:nobody")).isEqualTo(RetryOutcome.UNKNOWN);
        Notification retried = stored(message.id());
        assertThat(retried.status()).isEqualTo(NotificationStatus.SCHEDULED);
        assertThat(retried.attempts()).isZero();
        assertThat(retried.dueAt()).isEqualTo(clock.instant());
        assertThat(due.entries).containsEntry(message.id(), clock.instant());
    }

    @Test
    void anErasedPersonsFailedMessageIsNotRetried() {
        Notification message = scheduled("REGISTRATION_UPDATED:e7", MessageType.REGISTRATION_UPDATED);
        notifications.markAttemptFailed(claimedOne(), OWNER, "refused");
        clock.pass(FIRST_RETRY_AFTER);
        notifications.markAttemptFailed(claimedOne(), OWNER, "refused");

        notifications.forget(message.registrationId());

        assertThat(notifications.retry(message.id())).isEqualTo(RetryOutcome.ERASED);
        assertThat(stored(message.id()).recipient()).isEqualTo(Notifications.ERASED);
        assertThat(stored(message.id()).model()).isNull();
    }

    @Test
    void forgettingAPersonCancelsWhatWaitsButTheErasureConfirmation() {
        Notification reminder = scheduled("EVENT_REMINDER:r8", MessageType.EVENT_REMINDER);
        Notification confirmation = Notification.scheduled("ERASURE_CONFIRMED:r8", MessageType.ERASURE_CONFIRMED,
                reminder.registrationId(), null, reminder.recipient(), "fr", "Sujet", Map.of(), clock.instant(),
                clock.instant());
        notifications.schedule(confirmation);

        notifications.forget(reminder.registrationId());

        assertThat(stored(reminder.id()).status()).isEqualTo(NotificationStatus.CANCELLED);
        assertThat(stored(reminder.id()).recipient()).isEqualTo(Notifications.ERASED);
        assertThat(stored(confirmation.id()).status()).isEqualTo(NotificationStatus.SCHEDULED);
        assertThat(stored(confirmation.id()).recipient()).isEqualTo(reminder.recipient());
    }

    @Test
    void aDigestTakesTheReleasesSessionsUntilItIsClaimedThenAFollowUpDoes() {
        Notification digest = Notification.scheduled("SCHEDULE_CHANGED:3:r9", MessageType.SCHEDULE_CHANGED, "r9",
                null, "r9@example.org", "fr", "Sujet", Map.of(), clock.instant(), clock.instant()).listing(List.of());

        notifications.collect(digest, "s1");
        notifications.collect(digest, "s2");
        notifications.collect(digest, "s2");
        claimedOne();
        notifications.collect(digest, "s3");

        assertThat(stored(digest.id()).sessionIds()).containsExactly("s1", "s2");
        assertThat(stored(digest.id() + ":s3").sessionIds()).containsExactly("s3");
    }

    /** The due index, as a map of what it was told last. */
    private static final class IndexInMemory implements DueIndex {

        final Map<String, Instant> entries = new LinkedHashMap<>();

        @Override
        public void add(String id, Instant sendableAt) {
            entries.put(id, sendableAt);
        }

        @Override
        public void remove(String id) {
            entries.remove(id);
        }

        @Override
        public List<String> dueBy(Instant now, int limit) {
            List<String> ids = new ArrayList<>();
            entries.forEach((id, at) -> {
                if (!at.isAfter(now) && ids.size() < limit) {
                    ids.add(id);
                }
            });
            return ids;
        }

        @Override
        public void changedInBulk() {
        }
    }

    /** A clock the test moves on, in the store's precision. */
    private static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant start) {
            this.now = start.truncatedTo(ChronoUnit.MILLIS);
        }

        void pass(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
