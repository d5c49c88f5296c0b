package org.nec.notification.seat;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Who holds a seat (or a place in line) in a session, from the seat events: the people a change of that session
 * concerns. A released seat is kept with the time it went, so a session cancelled by a release still reaches the
 * people whose seats that release freed. {@code event} names the seat event that made the status
 * ({@link SeatEvent}: SeatConfirmed, SeatPromoted, ...).
 */
@Document("seats")
public record SeatCopy(@Id String id, @Indexed String sessionId, @Indexed String registrationId, SeatStatus status,
                       String event, Instant releasedAt, Instant lastEventAt, String lastEventId) {

    static String id(String sessionId, String registrationId) {
        return sessionId + ":" + registrationId;
    }

    /** The seat event that made the status, if this build knows it. */
    Optional<SeatEvent> seatEvent() {
        return SeatEvent.stored(event);
    }

    boolean released() {
        return status == SeatStatus.RELEASED;
    }

    /** Concerned by a change published at {@code at}: holding the seat then, or freed by that change. */
    boolean concernedBy(Instant at) {
        return !released() || releasedAt != null && !releasedAt.isBefore(at);
    }
}
