package org.nec.platform.kafka;

import org.apache.kafka.common.serialization.Deserializer;
import org.nec.events.EventEnvelope;
import org.nec.events.EventJson;

/**
 * Reads the platform's event JSON. Throws on unreadable bytes; wrapped in an {@code ErrorHandlingDeserializer}
 * so such a record goes to the dead-letter topic instead of blocking its partition.
 */
public class EventEnvelopeDeserializer implements Deserializer<EventEnvelope> {

    @Override
    public EventEnvelope deserialize(String topic, byte[] data) {
        return EventJson.fromBytes(data);
    }
}
