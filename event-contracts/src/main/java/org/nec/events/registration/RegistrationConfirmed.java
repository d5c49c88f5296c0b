package org.nec.events.registration;

import org.nec.events.DomainEvent;

/**
 * An attendee holds a confirmed seat of their ticket type. Carries what other services keep in their own copy
 * of the attendee; {@code manageTokenHash} lets other services check the manage link's token without ever seeing
 * it. The self-service link for the confirmation e-mail ({@code sealedManageUrl}) and the signed content of the
 * attendee's check-in QR code ({@code sealedCheckInCode}) travel sealed for notification-service alone
 * ({@link org.nec.events.seal.SealedSecrets}). {@code manageUrl} and {@code checkInCode} are those values in clear
 * as events of earlier builds carried them: no longer written, still read. The names, the address and the
 * organisation travel in {@code personal}, encrypted with the person's own key
 * ({@link org.nec.events.person.PersonalFields}); events of earlier builds carry them in clear.
 */
public record RegistrationConfirmed(String registrationId, String firstName, String lastName, String email,
                                    String organisation, String ticketType, String language, String manageUrl,
                                    String manageTokenHash, String checkInCode, String sealedManageUrl,
                                    String sealedCheckInCode, String personal) implements DomainEvent {

    /** An event of the previous schema, with the personal fields in clear. */
    public RegistrationConfirmed(String registrationId, String firstName, String lastName, String email,
                                 String organisation, String ticketType, String language, String manageUrl,
                                 String manageTokenHash, String checkInCode, String sealedManageUrl,
                                 String sealedCheckInCode) {
        this(registrationId, firstName, lastName, email, organisation, ticketType, language, manageUrl,
                manageTokenHash, checkInCode, sealedManageUrl, sealedCheckInCode, null);
    }

    /** An event as earlier builds wrote it, with the link and the code in clear. */
    public RegistrationConfirmed(String registrationId, String firstName, String lastName, String email,
                                 String organisation, String ticketType, String language, String manageUrl,
                                 String manageTokenHash, String checkInCode) {
        this(registrationId, firstName, lastName, email, organisation, ticketType, language, manageUrl,
                manageTokenHash, checkInCode, null, null, null);
    }

    @Override
    public String aggregateId() {
        return registrationId;
    }
}
