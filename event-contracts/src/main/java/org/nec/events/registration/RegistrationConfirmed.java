package org.nec.events.registration;

import org.nec.events.DomainEvent;

/**
 * An attendee holds a confirmed seat of their ticket type. Carries what other services keep in their own copy
 * of the attendee; {@code manageUrl} is sent once so the confirmation e-mail can carry the self-service link,
 * {@code manageTokenHash} lets other services check that link's token without ever seeing it again, and
 * {@code checkInCode} is the signed content of the attendee's check-in QR code.
 */
public record RegistrationConfirmed(String registrationId, String firstName, String lastName, String email,
                                    String organisation, String ticketType, String language, String manageUrl,
                                    String manageTokenHash, String checkInCode) implements DomainEvent {

    @Override
    public String aggregateId() {
        return registrationId;
    }
}
