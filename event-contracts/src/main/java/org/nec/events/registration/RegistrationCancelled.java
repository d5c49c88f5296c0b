package org.nec.events.registration;

import org.nec.events.DomainEvent;

/**
 * The registration was cancelled; its seat (or place in line) is released. Personal fields as in
 * {@link RegistrationConfirmed}.
 */
public record RegistrationCancelled(String registrationId, String firstName, String email, String ticketType,
                                    String language, String personal) implements DomainEvent {

    /** An event of the previous schema, with the personal fields in clear. */
    public RegistrationCancelled(String registrationId, String firstName, String email, String ticketType,
                                 String language) {
        this(registrationId, firstName, email, ticketType, language, null);
    }

    @Override
    public String aggregateId() {
        return registrationId;
    }
}
