package org.nec.events.registration;

import org.nec.events.DomainEvent;

/**
 * The ticket type was full: the attendee is on its waiting list at {@code position} (1 = next in line). Carries
 * the same attendee facts as {@link RegistrationConfirmed}, since it is the first event about this registration,
 * the manage link sealed for notification-service ({@code sealedManageUrl}); {@code manageUrl} is that link in
 * clear as events of earlier builds carried it: no longer written, still read. Personal fields as in
 * {@link RegistrationConfirmed}.
 */
public record RegistrationWaitlisted(String registrationId, String firstName, String lastName, String email,
                                     String organisation, String ticketType, String language, String manageUrl,
                                     String manageTokenHash, int position, String sealedManageUrl,
                                     String personal) implements DomainEvent {

    /** An event of the previous schema, with the personal fields in clear. */
    public RegistrationWaitlisted(String registrationId, String firstName, String lastName, String email,
                                  String organisation, String ticketType, String language, String manageUrl,
                                  String manageTokenHash, int position, String sealedManageUrl) {
        this(registrationId, firstName, lastName, email, organisation, ticketType, language, manageUrl,
                manageTokenHash, position, sealedManageUrl, null);
    }

    /** An event as earlier builds wrote it, with the link in clear. */
    public RegistrationWaitlisted(String registrationId, String firstName, String lastName, String email,
                                  String organisation, String ticketType, String language, String manageUrl,
                                  String manageTokenHash, int position) {
        this(registrationId, firstName, lastName, email, organisation, ticketType, language, manageUrl,
                manageTokenHash, position, null, null);
    }

    @Override
    public String aggregateId() {
        return registrationId;
    }
}
