package org.nec.platform.outbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.bson.Document;
import org.nec.events.EventJson;
import org.nec.platform.metrics.CachedReading;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * What the relay still has to send, per collection: {@code nec.outbox.pending} (events) and
 * {@code nec.outbox.oldest.age} (seconds since the oldest of them happened). A backlog that grows while Kafka is
 * up means the relay cannot keep up; an old one means it is stuck.
 */
public class OutboxBacklog implements MeterBinder {

    private final MongoTemplate mongo;
    private final OutboxProperties properties;
    private final Clock clock;

    public OutboxBacklog(MongoTemplate mongo, OutboxProperties properties, Clock clock) {
        this.mongo = mongo;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String collection : properties.collections()) {
            var backlog = new CachedReading<>(() -> read(collection), Backlog.EMPTY, CachedReading.PERIOD, clock);
            Gauge.builder("nec.outbox.pending", backlog, b -> b.get().events())
                    .description("Events written to documents and not yet on Kafka")
                    .tag("collection", collection).strongReference(true).register(registry);
            Gauge.builder("nec.outbox.oldest.age", backlog, b -> b.get().oldestAge(clock.instant()))
                    .description("How long ago the oldest event still waiting for the relay happened")
                    .baseUnit("seconds").tag("collection", collection).strongReference(true).register(registry);
        }
    }

    Backlog read(String collection) {
        Query pending = query(where(OutboxRelay.FIELD + ".eventId").exists(true));
        pending.fields().include(OutboxRelay.FIELD);
        long events = 0;
        Instant oldest = null;
        for (Document document : mongo.find(pending, Document.class, collection)) {
            for (Document message : document.getList(OutboxRelay.FIELD, Document.class)) {
                events++;
                Instant at = occurredAt(message);
                if (at != null && (oldest == null || at.isBefore(oldest))) {
                    oldest = at;
                }
            }
        }
        return new Backlog(events, oldest);
    }

    private static Instant occurredAt(Document message) {
        if (message.get("occurredAt") instanceof Date date) {
            return date.toInstant();
        }
        // written before messages carried their time: it is in the envelope
        try {
            return EventJson.fromJson(message.getString("payload")).occurredAt();
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    record Backlog(long events, Instant oldest) {

        static final Backlog EMPTY = new Backlog(0, null);

        double oldestAge(Instant now) {
            return oldest == null ? 0 : Math.max(0, Duration.between(oldest, now).toMillis() / 1000.0);
        }
    }
}
