package org.nec.notification.seat;

/** Where a person stands in a session, as the seat events tell it; stored by name. */
public enum SeatStatus {
    SEATED, WAITLISTED, RELEASED
}
