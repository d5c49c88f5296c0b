package org.nec.events.person;

import java.util.Map;

import org.nec.events.DomainEvent;

/**
 * The key a registration's personal fields are encrypted with ({@link PersonalFields}), sealed for each consumer
 * that may read them ({@code sealedFor}: {@link #AGENDA}, {@link #NOTIFICATION}) with
 * {@link org.nec.events.seal.SealedSecrets}, so that a reader of the topic learns nothing. Published on
 * {@link org.nec.events.Topics#PERSON_KEYS}, keyed by registration id; erasure replaces it with a tombstone.
 */
public record PersonKeyIssued(String registrationId, Map<String, String> sealedFor) implements DomainEvent {

    public static final String AGENDA = "agenda";
    public static final String NOTIFICATION = "notification";

    public PersonKeyIssued {
        sealedFor = sealedFor == null ? Map.of() : Map.copyOf(sealedFor);
    }

    @Override
    public String aggregateId() {
        return registrationId;
    }
}
