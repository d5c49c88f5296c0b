package org.nec.notification.seat;

import java.util.Arrays;
import java.util.Optional;

/**
 * The seat event that made a seat's status, stored in the seat's copy by its event type's name
 * ({@code SeatConfirmed}, ...): a seat taken before its registration was confirmed is announced later as the
 * event that made it (taken, or promoted from the line).
 */
public enum SeatEvent {

    CONFIRMED("SeatConfirmed", SeatStatus.SEATED),
    PROMOTED("SeatPromoted", SeatStatus.SEATED),
    WAITLISTED("SeatWaitlisted", SeatStatus.WAITLISTED),
    RELEASED("SeatReleased", SeatStatus.RELEASED);

    private final String stored;
    private final SeatStatus status;

    SeatEvent(String stored, SeatStatus status) {
        this.stored = stored;
        this.status = status;
    }

    /** The one stored as {@code stored}; none for a value this build does not know. */
    static Optional<SeatEvent> stored(String stored) {
        return Arrays.stream(values()).filter(e -> e.stored.equals(stored)).findFirst();
    }

    /** As the seat's copy stores it. */
    String storedName() {
        return stored;
    }

    public SeatStatus status() {
        return status;
    }
}
