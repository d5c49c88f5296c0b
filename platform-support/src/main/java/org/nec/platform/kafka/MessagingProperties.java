package org.nec.platform.kafka;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Topic layout and retry policy shared by every service.
 *
 * @param partitions partitions of each event topic: the most consumer instances one group can spread over
 * @param replicas replication factor of the topics (1 on a single broker, 3 on a production cluster)
 * @param retries attempts after the first failure before a record goes to the dead-letter topic
 * @param firstRetryAfter back-off before the first retry, doubled each time
 * @param retention how long records stay on the topics: events carry personal data, so an erased person's
 *                  data is gone from Kafka too after this time
 */
@ConfigurationProperties("nec.messaging")
public record MessagingProperties(@DefaultValue("6") int partitions, @DefaultValue("1") short replicas,
                                  @DefaultValue("4") int retries, @DefaultValue("200ms") Duration firstRetryAfter,
                                  @DefaultValue("30d") Duration retention) {
}
