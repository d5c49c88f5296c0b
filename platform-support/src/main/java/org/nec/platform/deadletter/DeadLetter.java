package org.nec.platform.deadletter;

import java.time.Instant;

/**
 * A record one of this service's consumers gave up on, as an operator sees it: where it sits in the dead-letter
 * topic, when it landed there, where it came from, why it failed, and its payload with personal fields masked.
 * {@code replayedAt} is set once an operator sent it back to its topic.
 */
public record DeadLetter(String topic, int partition, long offset, Instant deadAt, String originalTopic,
                         String consumerGroup, String error, String key, String payload, Instant replayedAt) {

    public String id() {
        return topic + "-" + partition + "-" + offset;
    }
}
