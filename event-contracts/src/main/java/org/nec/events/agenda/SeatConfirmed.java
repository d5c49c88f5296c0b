package org.nec.events.agenda;

import org.nec.events.DomainEvent;

/** The attendee holds a seat in the session. */
public record SeatConfirmed(String sessionId, String registrationId) implements DomainEvent {

    @Override
    public String aggregateId() {
        return sessionId;
    }
}
