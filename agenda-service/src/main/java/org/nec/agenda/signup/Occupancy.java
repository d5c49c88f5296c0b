package org.nec.agenda.signup;

/** Seats taken and people waiting in one session; a session nobody signed up for yet has none of either. */
public record Occupancy(int seatsTaken, int waitlisted) {

    public static final Occupancy NONE = new Occupancy(0, 0);
}
