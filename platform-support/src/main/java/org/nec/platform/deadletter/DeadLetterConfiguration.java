package org.nec.platform.deadletter;

import java.time.Clock;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

/** Dead letters listed and replayed, for a service that names itself ({@code nec.service}). */
@AutoConfiguration
@ConditionalOnWebApplication
@ConditionalOnProperty("nec.service")
@EnableConfigurationProperties(DeadLetterProperties.class)
@Import(DeadLetterConsole.class)
public class DeadLetterConfiguration {

    @Bean
    DeadLetters deadLetters(KafkaProperties kafka, KafkaTemplate<String, Object> template, MongoTemplate mongo,
                            Clock clock) {
        return new DeadLetters(kafka, template, mongo, clock);
    }
}
