package org.nec.events.registration;

import org.nec.events.DomainEvent;

/** The attendee changed their details; the record carries them all as they are now. */
public record RegistrationUpdated(String registrationId, String firstName, String lastName, String email,
                                  String organisation, String language) implements DomainEvent {

    @Override
    public String aggregateId() {
        return registrationId;
    }
}
