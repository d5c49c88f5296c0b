package org.nec.registration.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nec.registration.tickettype.LocalizedText;
import org.nec.registration.tickettype.TicketType;
import org.nec.waitinglist.Seat;

/** A place in line is counted from the front of the ticket type's line, and only for a waiting registration. */
class WaitlistPositionTest {

    private final TicketType type = new TicketType("MEMBER", new LocalizedText("Adhérent", "Member"), 1, 0,
            List.of("held"), List.of("first", "second"), false);

    private static Registration registration(String id, RegistrationStatus status) {
        return new Registration(id, "A", "B", id + "@example.org", null, null, "MEMBER", "fr", Map.of(), null,
                status, null, null, Instant.EPOCH, null, null, null, List.of(), null, null);
    }

    @Test
    void theSecondInLineIsAtPositionTwo() {
        assertThat(registration("second", RegistrationStatus.WAITLISTED).waitlistPosition(type)).isEqualTo(2);
        assertThat(type.seatOf("second")).isEqualTo(Seat.waiting(2));
    }

    @Test
    void aSeatHolderOrARegistrationNoLongerWaitingHasNoPlaceInLine() {
        assertThat(registration("held", RegistrationStatus.CONFIRMED).waitlistPosition(type)).isZero();
        assertThat(type.seatOf("held")).isEqualTo(Seat.heldSeat());
        assertThat(registration("first", RegistrationStatus.CANCELLED).waitlistPosition(type)).isZero();
        assertThat(registration("first", RegistrationStatus.WAITLISTED).waitlistPosition(null)).isZero();
    }
}
