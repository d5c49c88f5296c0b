package org.nec.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KafkaConventionsTest {

    @Test
    void aRecordIsAcknowledgedOnceAllReplicasButOneHoldIt() {
        assertThat(KafkaConventions.minInSync(1)).isEqualTo(1);
        assertThat(KafkaConventions.minInSync(2)).isEqualTo(1);
        assertThat(KafkaConventions.minInSync(3)).isEqualTo(2);
    }
}
