package org.nec.events.registration;

import org.nec.events.DomainEvent;

/**
 * A seat freed up and the first in line on the waiting list got it: the registration is now confirmed.
 * {@code sealedCheckInCode} is the signed content of the attendee's check-in QR code, sealed for
 * notification-service; {@code checkInCode} is that code in clear as events of earlier builds carried it.
 */
public record RegistrationPromoted(String registrationId, String firstName, String email, String ticketType,
                                   String language, String checkInCode, String sealedCheckInCode)
        implements DomainEvent {

    /** An event as earlier builds wrote it, with the code in clear. */
    public RegistrationPromoted(String registrationId, String firstName, String email, String ticketType,
                                String language, String checkInCode) {
        this(registrationId, firstName, email, ticketType, language, checkInCode, null);
    }

    @Override
    public String aggregateId() {
        return registrationId;
    }
}
