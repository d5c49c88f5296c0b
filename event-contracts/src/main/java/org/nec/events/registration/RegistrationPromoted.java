package org.nec.events.registration;

import org.nec.events.DomainEvent;

/**
 * A seat freed up and the first in line on the waiting list got it: the registration is now confirmed.
 * {@code sealedCheckInCode} is the signed content of the attendee's check-in QR code, sealed for
 * notification-service; {@code checkInCode} is that code in clear as events of earlier builds carried it. Personal fields as in {@link RegistrationConfirmed}.
 */
public record RegistrationPromoted(String registrationId, String firstName, String email, String ticketType,
                                   String language, String checkInCode, String sealedCheckInCode, String personal)
        implements DomainEvent {

    /** An event of the previous schema, with the personal fields in clear. */
    public RegistrationPromoted(String registrationId, String firstName, String email, String ticketType,
                                String language, String checkInCode, String sealedCheckInCode) {
        this(registrationId, firstName, email, ticketType, language, checkInCode, sealedCheckInCode, null);
    }

    /** An event as earlier builds wrote it, with the code in clear. */
    public RegistrationPromoted(String registrationId, String firstName, String email, String ticketType,
                                String language, String checkInCode) {
        this(registrationId, firstName, email, ticketType, language, checkInCode, null, null);
    }

    @Override
    public String aggregateId() {
        return registrationId;
    }
}
