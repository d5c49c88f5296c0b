package org.nec.platform.outbox;

import java.time.Clock;

import org.nec.platform.kafka.KafkaConventions;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

@AutoConfiguration(after = KafkaConventions.class)
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxConfiguration {

    @Bean
    OutboxRelay outboxRelay(MongoTemplate mongo, KafkaTemplate<String, Object> kafka, OutboxProperties properties) {
        return new OutboxRelay(mongo, kafka, properties);
    }

    @Bean
    OutboxBacklog outboxBacklog(MongoTemplate mongo, OutboxProperties properties, Clock clock) {
        return new OutboxBacklog(mongo, properties, clock);
    }
}
