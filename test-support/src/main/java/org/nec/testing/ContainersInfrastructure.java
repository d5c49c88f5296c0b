package org.nec.testing;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The same infrastructure from Docker images, for machines with a Docker engine: the official Apache Kafka and
 * MongoDB images (as in docker-compose.yml). Mail stays the in-process SMTP/IMAP server. Use with
 * {@code @Testcontainers(disabledWithoutDocker = true)} so the tests skip where there is no engine.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ContainersInfrastructure {

    @Bean
    @ServiceConnection
    KafkaContainer kafkaContainer() {
        return new KafkaContainer("apache/kafka:4.1.1");
    }

    @Bean
    @ServiceConnection
    MongoDBContainer mongoContainer() {
        return new MongoDBContainer("mongo:8.0");
    }

    @Bean
    DynamicPropertyRegistrar mailAndAccounts() {
        return registry -> {
            registry.add("spring.mail.host", () -> "127.0.0.1");
            registry.add("spring.mail.port", () -> Infrastructure.mail().smtpPort());
            registry.add("nec.organiser.password", () -> TestAccounts.ORGANISER_PASSWORD);
        };
    }
}
