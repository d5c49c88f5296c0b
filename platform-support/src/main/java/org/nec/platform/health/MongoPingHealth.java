package org.nec.platform.health;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Store health by {@code ping}, which every MongoDB-wire server answers (the embedded store of the local
 * platform does not know the {@code hello} command Boot's own indicator sends). While the store is away, requests
 * and health checks wait {@code nec.store.server-selection-timeout} for it (5 s), not the driver's 30 s: the
 * service reports DOWN and answers 503 promptly, and picks the store up again by itself once it is back.
 */
@AutoConfiguration(before = MongoHealthContributorAutoConfiguration.class)
public class MongoPingHealth {

    @Bean
    MongoClientSettingsBuilderCustomizer storeServerSelectionTimeout(
            @Value("${nec.store.server-selection-timeout:PT5S}") Duration timeout) {
        return settings -> settings.applyToClusterSettings(
                cluster -> cluster.serverSelectionTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS));
    }

    @Bean
    AbstractHealthIndicator mongoHealthIndicator(MongoTemplate mongo) {
        return new AbstractHealthIndicator("MongoDB ping failed") {
            @Override
            protected void doHealthCheck(Health.Builder builder) {
                Document result = mongo.executeCommand(new Document("ping", 1));
                builder.up().withDetail("database", mongo.getDb().getName()).withDetail("ok", result.get("ok"));
            }
        };
    }
}
