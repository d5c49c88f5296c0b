package org.nec.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What travels on a topic: a unique {@code eventId} (consumers deduplicate on it), the event {@code type}, the
 * schema version of its payload, when it happened and the payload itself.
 */
public record EventEnvelope(String eventId, String type, int schemaVersion, Instant occurredAt, String aggregateId,
                            DomainEvent payload) {

    public EventEnvelope {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(payload, "payload");
    }

    /** Wraps a new event with a fresh id. */
    public static EventEnvelope wrap(DomainEvent payload, Instant occurredAt) {
        EventType type = EventTypes.of(payload.getClass());
        return new EventEnvelope(UUID.randomUUID().toString(), type.name(), type.schemaVersion(), occurredAt,
                payload.aggregateId(), payload);
    }

    public boolean isRecognised() {
        return !(payload instanceof UnrecognisedEvent);
    }
}
