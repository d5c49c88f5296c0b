package org.nec.agenda.signup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.nec.events.DomainEvent;
import org.nec.events.EventJson;
import org.nec.events.agenda.SeatConfirmed;
import org.nec.events.agenda.SeatPromoted;
import org.nec.events.agenda.SeatReleased;
import org.nec.events.agenda.SeatWaitlisted;
import org.nec.platform.outbox.OutboxMessage;
import org.nec.testing.InMemoryMongo;
import org.nec.waitinglist.Seat;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * A session's seats over an in-memory MongoDB wire-protocol store, no Spring: each transition changes the seats
 * as the waiting-list rule says and writes the seat event it emits into the same document.
 */
class SessionSeatsTest {

    private static final String SESSION = "workshop";

    @RegisterExtension
    static final InMemoryMongo STORE = new InMemoryMongo();
    private MongoTemplate mongo;
    private SessionSeats seats;

    @BeforeEach
    void emptySeats() {
        mongo = STORE.template("session-seats");
        mongo.remove(new Query(), SessionSeats.COLLECTION);
        seats = new SessionSeats(mongo, Clock.fixed(Instant.parse("2026-12-03T09:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void claimingSeatsWhileAnyAreLeftThenLinesUpInOrder() {
        seats.open(SESSION, 1, 1);

        assertThat(seats.claim(SESSION, "ada")).isEqualTo(Seat.heldSeat());
        assertThat(seats.claim(SESSION, "bob")).isEqualTo(Seat.waiting(1));
        assertThat(seats.claim(SESSION, "cyd")).isEqualTo(Seat.waiting(2));

        assertThat(seats.seatOf(SESSION, "cyd")).isEqualTo(Seat.waiting(2));
        assertThat(seats.occupancy()).containsEntry(SESSION, new Occupancy(1, 2));
        assertThat(events()).containsExactly(new SeatConfirmed(SESSION, "ada"), new SeatWaitlisted(SESSION, "bob"),
                new SeatWaitlisted(SESSION, "cyd"));
    }

    @Test
    void claimingTwiceAnswersWhereTheAttendeeStandsAndEmitsNothingMore() {
        seats.open(SESSION, 1, 1);
        seats.claim(SESSION, "ada");

        assertThat(seats.claim(SESSION, "ada")).isEqualTo(Seat.heldSeat());
        assertThat(events()).containsExactly(new SeatConfirmed(SESSION, "ada"));
    }

    @Test
    void givingBackASeatFreesItForTheFirstInLine() {
        seats.open(SESSION, 1, 1);
        seats.claim(SESSION, "ada");
        seats.claim(SESSION, "bob");
        seats.claim(SESSION, "cyd");

        assertThat(seats.release(SESSION, "ada")).isTrue();
        assertThat(seats.promoteAll(SESSION)).containsExactly("bob");

        assertThat(seats.seatOf(SESSION, "bob")).isEqualTo(Seat.heldSeat());
        assertThat(seats.seatOf(SESSION, "cyd")).isEqualTo(Seat.waiting(1));
        assertThat(events()).endsWith(new SeatReleased(SESSION, "ada"), new SeatPromoted(SESSION, "bob"));
    }

    @Test
    void leavingTheLineFreesNoSeat() {
        seats.open(SESSION, 1, 1);
        seats.claim(SESSION, "ada");
        seats.claim(SESSION, "bob");

        assertThat(seats.release(SESSION, "bob")).isFalse();
        assertThat(seats.promoteAll(SESSION)).isEmpty();
        assertThat(seats.seatedOrWaiting(SESSION)).containsExactly("ada");
    }

    @Test
    void aNewerReleaseResizesTheSeatsAndAnOlderOneChangesNothing() {
        seats.open(SESSION, 1, 1);
        seats.claim(SESSION, "ada");
        seats.claim(SESSION, "bob");

        assertThat(seats.resize(SESSION, 2, 2)).isTrue();
        assertThat(seats.resize(SESSION, 1, 1)).isTrue();
        assertThat(seats.promoteAll(SESSION)).containsExactly("bob");
        assertThat(seats.seatsTaken(SESSION)).isEqualTo(2);
    }

    @Test
    void seatsNobodySignedUpForYetCannotBeResized() {
        assertThat(seats.resize(SESSION, 2, 2)).isFalse();
        assertThat(seats.seatOf(SESSION, "ada")).isEqualTo(Seat.waiting(0));
    }

    @Test
    void closedSeatsTakeNobodyAndNameEveryoneStillIn() {
        seats.open(SESSION, 1, 1);
        seats.claim(SESSION, "ada");
        seats.claim(SESSION, "bob");

        assertThat(seats.close(SESSION)).containsExactly("ada", "bob");
        assertThat(seats.claim(SESSION, "cyd")).isEqualTo(Seat.waiting(0));
        seats.release(SESSION, "ada");
        assertThat(seats.promoteAll(SESSION)).isEmpty();
    }

    private List<DomainEvent> events() {
        StoredSeats stored = mongo.findById(SESSION, StoredSeats.class);
        return stored.pendingEvents().stream().map(OutboxMessage::payload).map(EventJson::fromJson)
                .map(envelope -> (DomainEvent) envelope.payload()).toList();
    }
}
