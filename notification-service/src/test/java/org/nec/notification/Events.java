package org.nec.notification;

import java.time.Instant;

import org.nec.events.DomainEvent;
import org.nec.events.EventEnvelope;
import org.nec.events.EventJson;
import org.springframework.kafka.core.KafkaTemplate;

/** Publishes events the way the other services do: keyed by their aggregate, as event JSON. */
public final class Events {

    private Events() {
    }

    public static void publish(KafkaTemplate<String, Object> kafka, String topic, EventEnvelope envelope)
            throws Exception {
        kafka.send(topic, envelope.aggregateId(), EventJson.toBytes(envelope)).get();
    }

    public static void publish(KafkaTemplate<String, Object> kafka, String topic, DomainEvent event)
            throws Exception {
        publish(kafka, topic, EventEnvelope.wrap(event, Instant.now()));
    }
}
