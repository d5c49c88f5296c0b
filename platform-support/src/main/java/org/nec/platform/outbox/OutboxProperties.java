package org.nec.platform.outbox;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param collections collections whose documents carry a {@code pendingEvents} array to relay
 * @param pollInterval how often to look through the collections for events no writer announced (the safety net:
 *                     announced ones are relayed at once)
 * @param batchSize documents relayed per round
 * @param maxBackOff longest wait between attempts while Kafka does not answer
 */
@ConfigurationProperties("nec.outbox")
public record OutboxProperties(@DefaultValue List<String> collections, @DefaultValue("30s") Duration pollInterval,
                               @DefaultValue("200") int batchSize, @DefaultValue("10s") Duration maxBackOff) {
}
