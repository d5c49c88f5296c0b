package org.nec.agenda.schedule;

import java.time.Instant;
import java.util.List;

import org.nec.events.agenda.SessionChange;
import org.nec.platform.outbox.OutboxMessage;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A published version of the programme, its changelog against the previous one, and the events announcing it
 * (written with it, relayed after).
 */
@Document("releases")
@CompoundIndex(name = "pendingEvents", def = "{'pendingEvents.eventId': 1}", sparse = true)
public record Release(@Id int version, Instant publishedAt, List<PublishedSession> sessions, List<Change> changes,
                      List<OutboxMessage> pendingEvents) {

    /** How one session changed in this release. */
    public record Change(String sessionId, SessionChange change) {
    }
}
