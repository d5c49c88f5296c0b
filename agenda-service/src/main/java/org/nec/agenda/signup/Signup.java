package org.nec.agenda.signup;

import org.nec.waitinglist.Seat;

/** An attendee's place in a session: a seat, or a place in its waiting list ({@code position}, 1 = next). */
public record Signup(SignupStatus status, Integer position) {

    static Signup of(Seat seat) {
        return seat.held() ? new Signup(SignupStatus.SEATED, null)
                : new Signup(SignupStatus.WAITLISTED, seat.position());
    }
}
