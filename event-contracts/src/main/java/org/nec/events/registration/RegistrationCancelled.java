package org.nec.events.registration;

import org.nec.events.DomainEvent;

/** The registration was cancelled; its seat (or place in line) is released. */
public record RegistrationCancelled(String registrationId, String firstName, String email, String ticketType,
                                    String language) implements DomainEvent {

    @Override
    public String aggregateId() {
        return registrationId;
    }
}
