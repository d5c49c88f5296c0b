package org.nec.events.agenda;

import org.nec.events.DomainEvent;

/** A seat freed up and the first in the session's line got it. */
public record SeatPromoted(String sessionId, String registrationId) implements DomainEvent {

    @Override
    public String aggregateId() {
        return sessionId;
    }
}
