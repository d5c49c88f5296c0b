package org.nec.events.registration;

import org.nec.events.DomainEvent;

/**
 * The person's data was erased here (on request or at the end of the retention period): every service erases
 * its own copy. It carries no personal data itself.
 */
public record RegistrationErased(String registrationId) implements DomainEvent {

    @Override
    public String aggregateId() {
        return registrationId;
    }
}
