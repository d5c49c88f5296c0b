package org.nec.registration.tickettype;

import java.util.List;

import org.nec.waitinglist.Seat;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A kind of ticket with its quota. Seats are the ids in {@code holders} and {@code available} counts what is
 * left, so taking a seat is one conditional update ({@code available > 0}) of this one document; the waiting
 * list is the ordered {@code waitlist}, first in line first. Both lists hold registration ids. A {@code restricted}
 * type is taken only with an invitation code (a voucher); documents written before it existed read as open.
 */
@Document("ticketTypes")
public record TicketType(@Id String code, LocalizedText label, int capacity, int available, List<String> holders,
                         List<String> waitlist, Boolean restricted) {

    public boolean isRestricted() {
        return Boolean.TRUE.equals(restricted);
    }

    public int confirmed() {
        return holders.size();
    }

    /** 1-based place in line, or 0 if not waiting: the one place a position in line is worked out. */
    public int positionOf(String registrationId) {
        return waitlist.indexOf(registrationId) + 1;
    }

    /** Where the registration stands: holding a seat, waiting at its place in line, or nowhere (position 0). */
    public Seat seatOf(String registrationId) {
        return holds(registrationId) ? Seat.heldSeat() : Seat.waiting(positionOf(registrationId));
    }

    public boolean holds(String registrationId) {
        return holders.contains(registrationId);
    }
}
