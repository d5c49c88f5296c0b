package org.nec.platform.outbox;

import java.time.Instant;

import org.nec.events.DomainEvent;
import org.nec.events.EventEnvelope;
import org.nec.events.EventJson;

/**
 * An event waiting in its aggregate's document to be relayed to Kafka. It is written by the same single-document
 * update as the state change it reports, so the two can never disagree, and removed once Kafka has it.
 * {@code occurredAt} repeats the envelope's time so the backlog's age is read without parsing payloads.
 */
public record OutboxMessage(String eventId, String topic, String key, String type, String payload,
                            Instant occurredAt) {

    public static final String TOMBSTONE = "tombstone";

    public static OutboxMessage of(String topic, DomainEvent event, Instant occurredAt) {
        EventEnvelope envelope = EventEnvelope.wrap(event, occurredAt);
        return new OutboxMessage(envelope.eventId(), topic, envelope.aggregateId(), envelope.type(),
                EventJson.toJson(envelope), occurredAt);
    }

    /** A record with no value: on a compacted topic, it removes what {@code key} had there. */
    public static OutboxMessage tombstone(String topic, String key, Instant occurredAt) {
        return new OutboxMessage(java.util.UUID.randomUUID().toString(), topic, key, TOMBSTONE, null, occurredAt);
    }
}
