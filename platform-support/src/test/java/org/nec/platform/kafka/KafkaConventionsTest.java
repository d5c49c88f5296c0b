package org.nec.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.nec.events.Topics;
import org.nec.events.person.PersonKeyMissing;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;

class KafkaConventionsTest {

    @Test
    void aRecordIsAcknowledgedOnceAllReplicasButOneHoldIt() {
        assertThat(KafkaConventions.minInSync(1)).isEqualTo(1);
        assertThat(KafkaConventions.minInSync(2)).isEqualTo(1);
        assertThat(KafkaConventions.minInSync(3)).isEqualTo(2);
    }

    @Test
    void aRecordThatFailedOnlyBecauseTheStoreIsAwayWaitsForItRatherThanBeingDeadLettered() {
        var storeAway = new ListenerExecutionFailedException("listener failed",
                new DataAccessResourceFailureException("Timed out while waiting for a server"));
        var badRecord = new ListenerExecutionFailedException("listener failed", new IllegalStateException("bad"));

        assertThat(KafkaConventions.storeAway(storeAway)).isTrue();
        assertThat(KafkaConventions.storeAway(badRecord)).isFalse();
    }

    @Test
    void anEventWhosePersonsKeyHasNotArrivedIsTriedAgainRatherThanDeadLetteredAtOnce() {
        var keyAwaited = new ListenerExecutionFailedException("listener failed", new PersonKeyMissing("r1"));
        var badRecord = new ListenerExecutionFailedException("listener failed", new IllegalStateException("bad"));

        assertThat(KafkaConventions.keyAwaited(keyAwaited)).isTrue();
        assertThat(KafkaConventions.keyAwaited(badRecord)).isFalse();
    }

    @Test
    void thePersonKeysTopicIsCompactedSoonAndKeepsItsTombstonesAsLongAsTheEvents() {
        var messaging = new MessagingProperties(6, (short) 1, 4, Duration.ofMillis(200), Duration.ofDays(30));

        var topic = KafkaConventions.personKeys(messaging);

        assertThat(topic.name()).isEqualTo(Topics.PERSON_KEYS);
        assertThat(topic.configs()).containsEntry("cleanup.policy", "compact")
                .containsEntry("delete.retention.ms", String.valueOf(Duration.ofDays(30).toMillis()))
                .containsEntry("min.cleanable.dirty.ratio", "0.01");
        assertThat(Long.parseLong(topic.configs().get("segment.ms")))
                .isLessThanOrEqualTo(Duration.ofHours(1).toMillis());
    }
}
