package org.nec.events.registration;

import org.nec.events.DomainEvent;

/**
 * The attendee changed their details; the record carries them all as they are now. Personal fields as in
 * {@link RegistrationConfirmed}.
 */
public record RegistrationUpdated(String registrationId, String firstName, String lastName, String email,
                                  String organisation, String language, String personal) implements DomainEvent {

    /** An event of the previous schema, with the personal fields in clear. */
    public RegistrationUpdated(String registrationId, String firstName, String lastName, String email,
                               String organisation, String language) {
        this(registrationId, firstName, lastName, email, organisation, language, null);
    }

    @Override
    public String aggregateId() {
        return registrationId;
    }
}
