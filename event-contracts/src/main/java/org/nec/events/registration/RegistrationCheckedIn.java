package org.nec.events.registration;

import java.time.Instant;

import org.nec.events.DomainEvent;

/** The attendee arrived at the venue. */
public record RegistrationCheckedIn(String registrationId, Instant checkedInAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return registrationId;
    }
}
