package org.nec.events.agenda;

import java.time.Instant;
import java.util.List;

import org.nec.events.DomainEvent;

/**
 * A session as published in release {@code version}, and how it changed against the previous release.
 */
public record SessionChanged(String sessionId, int version, SessionChange change, String titleFr, String titleEn,
                             String type, String roomName, Instant start, Instant end, List<String> speakers,
                             Integer capacity) implements DomainEvent {

    @Override
    public String aggregateId() {
        return sessionId;
    }
}
