package org.nec.platform.personkey;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.nec.events.EventEnvelope;
import org.nec.events.EventJson;
import org.nec.events.Topics;
import org.nec.events.person.PersonKeyIssued;
import org.springframework.kafka.annotation.KafkaListener;

/** Keeps this service's copy of each person's key; a tombstone (the person was erased) deletes it. */
class PersonKeyListener {

    private final PersonKeys keys;

    PersonKeyListener(PersonKeys keys) {
        this.keys = keys;
    }

    @KafkaListener(id = "person-keys", topics = Topics.PERSON_KEYS, idIsGroup = false,
            containerFactory = "personKeyListenerContainerFactory")
    void on(ConsumerRecord<String, String> record) {
        if (record.value() == null) {
            keys.erased(record.key());
            return;
        }
        EventEnvelope envelope = EventJson.fromJson(record.value());
        if (envelope.payload() instanceof PersonKeyIssued issued) {
            keys.issued(issued);
        }
    }
}
