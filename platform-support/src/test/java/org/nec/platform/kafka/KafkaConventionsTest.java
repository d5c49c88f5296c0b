package org.nec.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
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
}
