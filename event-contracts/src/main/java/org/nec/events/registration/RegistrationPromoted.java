package org.nec.events.registration;

import org.nec.events.DomainEvent;

/** A seat freed up and the first in line on the waiting list got it: the registration is now confirmed. */
public record RegistrationPromoted(String registrationId, String firstName, String email, String ticketType,
                                   String language) implements DomainEvent {

    @Override
    public String aggregateId() {
        return registrationId;
    }
}
