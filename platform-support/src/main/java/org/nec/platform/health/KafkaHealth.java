package org.nec.platform.health;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;

/**
 * Broker health: DOWN while no broker answers, so that an operator (or an orchestrator) sees that events wait
 * in the outboxes. One admin client, kept for the service's life, asks for the cluster's nodes.
 */
@AutoConfiguration
public class KafkaHealth {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    @Bean
    KafkaHealthIndicator kafkaHealthIndicator(KafkaProperties properties) {
        Map<String, Object> config = new HashMap<>(properties.buildAdminProperties());
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        return new KafkaHealthIndicator(config);
    }

    static final class KafkaHealthIndicator extends AbstractHealthIndicator implements DisposableBean {

        private final Map<String, Object> config;
        private volatile AdminClient admin;

        KafkaHealthIndicator(Map<String, Object> config) {
            super("Kafka broker unreachable");
            this.config = config;
        }

        @Override
        protected void doHealthCheck(Health.Builder builder) throws Exception {
            int nodes = admin().describeCluster(new DescribeClusterOptions().timeoutMs((int) TIMEOUT.toMillis()))
                    .nodes().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).size();
            builder.up().withDetail("brokers", nodes);
        }

        private AdminClient admin() {
            if (admin == null) {
                synchronized (this) {
                    if (admin == null) {
                        admin = AdminClient.create(config);
                    }
                }
            }
            return admin;
        }

        @Override
        public void destroy() {
            if (admin != null) {
                admin.close(Duration.ofSeconds(2));
            }
        }
    }
}
