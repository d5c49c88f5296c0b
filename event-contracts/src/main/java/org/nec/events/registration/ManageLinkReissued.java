package org.nec.events.registration;

import org.nec.events.DomainEvent;

/** The attendee asked for their link again: a new one replaces the old, to be sent to them. */
public record ManageLinkReissued(String registrationId, String firstName, String email, String language,
                                 String manageUrl, String manageTokenHash) implements DomainEvent {

    @Override
    public String aggregateId() {
        return registrationId;
    }
}
