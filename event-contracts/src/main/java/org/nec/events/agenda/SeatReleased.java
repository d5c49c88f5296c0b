package org.nec.events.agenda;

import org.nec.events.DomainEvent;

/** The attendee gave up their seat or place in line (themselves, or their registration ended). */
public record SeatReleased(String sessionId, String registrationId) implements DomainEvent {

    @Override
    public String aggregateId() {
        return sessionId;
    }
}
