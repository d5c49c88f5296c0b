package org.nec.events.registration;

import org.nec.events.DomainEvent;

/**
 * A seat freed up and the first in line on the waiting list got it: the registration is now confirmed.
 * {@code checkInCode} is the signed content of the attendee's check-in QR code.
 */
public record RegistrationPromoted(String registrationId, String firstName, String email, String ticketType,
                                   String language, String checkInCode) implements DomainEvent {

    @Override
    public String aggregateId() {
        return registrationId;
    }
}
