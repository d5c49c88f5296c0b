package org.nec.registration.register;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.bson.Document;
import org.nec.platform.metrics.CachedReading;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** {@code nec.registrations} by {@code status}: how full the edition is and how long the waiting list. */
@Component
class RegistrationMetrics implements MeterBinder {

    private final MongoTemplate mongo;
    private final Clock clock;

    RegistrationMetrics(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        var counts = new CachedReading<>(this::read, Map.<RegistrationStatus, Long>of(), CachedReading.PERIOD, clock);
        for (RegistrationStatus status : RegistrationStatus.values()) {
            Gauge.builder("nec.registrations", counts, c -> c.get().getOrDefault(status, 0L))
                    .description("Registrations in this status").tag("status", status.name()).strongReference(true).register(registry);
        }
    }

    private Map<RegistrationStatus, Long> read() {
        Query all = new Query();
        all.fields().include(RegistrationLifecycle.STATUS);
        Map<RegistrationStatus, Long> counts = new EnumMap<>(RegistrationStatus.class);
        for (Document registration : mongo.find(all, Document.class, mongo.getCollectionName(Registration.class))) {
            String status = registration.getString(RegistrationLifecycle.STATUS);
            if (status != null) {
                counts.merge(RegistrationStatus.valueOf(status), 1L, Long::sum);
            }
        }
        return counts;
    }
}
