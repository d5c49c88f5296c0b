package org.nec.waitinglist;

/** The outcome of asking for a place: held, or waiting at a position (1 = next). */
public record Seat(boolean held, int position) {

    public static Seat heldSeat() {
        return new Seat(true, 0);
    }

    public static Seat waiting(int position) {
        return new Seat(false, position);
    }
}
