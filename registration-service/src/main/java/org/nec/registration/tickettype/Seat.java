package org.nec.registration.tickettype;

/** The outcome of asking for a seat: held, or waiting at a position (1 = next). */
public record Seat(boolean held, int position) {

    static Seat heldSeat() {
        return new Seat(true, 0);
    }

    static Seat waiting(int position) {
        return new Seat(false, position);
    }
}
