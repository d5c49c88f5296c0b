package org.nec.events.registration;

import org.nec.events.DomainEvent;

/**
 * The ticket type was full: the attendee is on its waiting list at {@code position} (1 = next in line). Carries
 * the same attendee facts as {@link RegistrationConfirmed}, since it is the first event about this registration.
 */
public record RegistrationWaitlisted(String registrationId, String firstName, String lastName, String email,
                                     String organisation, String ticketType, String language, String manageUrl,
                                     String manageTokenHash, int position) implements DomainEvent {

    @Override
    public String aggregateId() {
        return registrationId;
    }
}
