package org.nec.events.agenda;

import org.nec.events.DomainEvent;

/** The session was full: the attendee waits in its line (their page shows the current position). */
public record SeatWaitlisted(String sessionId, String registrationId) implements DomainEvent {

    @Override
    public String aggregateId() {
        return sessionId;
    }
}
