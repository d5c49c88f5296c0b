package org.nec.platform.kafka;

import org.apache.kafka.common.serialization.Serializer;
import org.nec.events.EventEnvelope;
import org.nec.events.EventJson;

/** Writes envelopes as the platform's event JSON. */
public class EventEnvelopeSerializer implements Serializer<EventEnvelope> {

    @Override
    public byte[] serialize(String topic, EventEnvelope envelope) {
        return envelope == null ? null : EventJson.toBytes(envelope);
    }
}
