package org.nec.agenda.signup;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.bson.Document;
import org.nec.events.DomainEvent;
import org.nec.events.Topics;
import org.nec.events.agenda.SeatConfirmed;
import org.nec.events.agenda.SeatPromoted;
import org.nec.events.agenda.SeatReleased;
import org.nec.events.agenda.SeatWaitlisted;
import org.nec.platform.outbox.OutboxMessage;
import org.nec.platform.outbox.OutboxRelay;
import org.nec.waitinglist.Quota;
import org.nec.waitinglist.Seat;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The seats of each published session and its FIFO waiting list, one {@link StoredSeats} document per session:
 * the one class that knows that document's fields and changes it. Every transition is one conditional update
 * (a {@link Quota} for taking, giving back and promoting, so where someone stands in line is the quota's answer),
 * written together with the seat event it emits; the outbox relay sends the events afterwards.
 */
@Component
public class SessionSeats {

    static final String COLLECTION = "sessionSeats";
    static final String ID = "_id";
    static final String CAPACITY = "capacity";
    static final String CAPACITY_RELEASE = "capacityRelease";
    private static final int MAX_ATTEMPTS = 20;

    private final MongoTemplate mongo;
    private final Clock clock;
    private final Quota quota;

    SessionSeats(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
        this.quota = new Quota(mongo, COLLECTION);
    }

    /**
     * Seats exist from the first sign-up on (the release that published the session may not have made them),
     * sized by the release {@code version} the sign-up read. Seats made earlier by a sign-up that read an older
     * release (after this one was handled) are sized again.
     */
    void open(String sessionId, int capacity, int version) {
        try {
            mongo.upsert(query(where(ID).is(sessionId)), new Update()
                    .setOnInsert(CAPACITY, capacity).setOnInsert(Quota.AVAILABLE, capacity)
                    .setOnInsert(CAPACITY_RELEASE, version)
                    .setOnInsert(Quota.HOLDERS, List.of()).setOnInsert(Quota.WAITLIST, List.of())
                    .setOnInsert(OutboxRelay.FIELD, List.of()), StoredSeats.class);
        } catch (DuplicateKeyException createdMeanwhile) {
            // another sign-up made them first
        }
        resize(sessionId, capacity, version);
    }

    /**
     * Gives the session's seats the capacity release {@code version} published: one update guarded by what was
     * read, so seats taken or freed meanwhile are counted, never lost. An older release than the one that last set
     * the capacity changes nothing. Raising it promotes nobody by itself (see {@link #promoteAll(String)}).
     *
     * @return whether the session has seats (none until its first sign-up)
     */
    boolean resize(String sessionId, int capacity, int version) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            StoredSeats seats = mongo.findById(sessionId, StoredSeats.class);
            if (seats == null) {
                return false;
            }
            if (seats.capacity() == capacity
                    || seats.capacityRelease() != null && seats.capacityRelease() >= version) {
                return true;
            }
            if (mongo.updateFirst(query(where(ID).is(sessionId).and(CAPACITY).is(seats.capacity())
                            .and(CAPACITY_RELEASE).is(seats.capacityRelease())),
                    new Update().set(CAPACITY, capacity).set(CAPACITY_RELEASE, version)
                            .inc(Quota.AVAILABLE, capacity - seats.capacity()), StoredSeats.class)
                    .getModifiedCount() > 0) {
                return true;
            }
        }
        throw new IllegalStateException("Could not resize the seats of " + sessionId + ": too much contention");
    }

    /**
     * Takes a seat if one is left ({@link SeatConfirmed}), else a place at the end of the line
     * ({@link SeatWaitlisted}); asking again answers where the attendee stands. Seats that are closed, or not
     * there, take nobody: position 0.
     */
    Seat claim(String sessionId, String registrationId) {
        return quota.claim(sessionId, registrationId,
                () -> withEvent(new SeatConfirmed(sessionId, registrationId)),
                () -> withEvent(new SeatWaitlisted(sessionId, registrationId)));
    }

    /**
     * Gives back the attendee's seat or place in line ({@link SeatReleased}).
     *
     * @return whether it was a seat (which may now go to the first in line)
     */
    boolean release(String sessionId, String registrationId) {
        return quota.release(sessionId, registrationId,
                () -> withEvent(new SeatReleased(sessionId, registrationId)));
    }

    /** Seats the first in line while seats are free, one {@link SeatPromoted} each; returns who was seated. */
    List<String> promoteAll(String sessionId) {
        List<String> promoted = new ArrayList<>();
        Optional<String> next;
        while ((next = quota.promoteNext(sessionId, first -> withEvent(new SeatPromoted(sessionId, first))))
                .isPresent()) {
            promoted.add(next.get());
        }
        return promoted;
    }

    /**
     * A cancelled session: its seats take and promote nobody any more. Returns everyone still seated or waiting,
     * for them to be released.
     */
    List<String> close(String sessionId) {
        quota.close(sessionId);
        StoredSeats closed = mongo.findById(sessionId, StoredSeats.class);
        return closed == null ? List.of() : closed.everyone();
    }

    /** Where the attendee stands: seated, waiting at a position (1 = next), or nowhere (position 0). */
    Seat seatOf(String sessionId, String registrationId) {
        return quota.seatOf(sessionId, registrationId);
    }

    int seatsTaken(String sessionId) {
        return quota.holders(sessionId).size();
    }

    /** The registrations seated or waiting in the session (none before its first sign-up). */
    Set<String> seatedOrWaiting(String sessionId) {
        StoredSeats found = mongo.findById(sessionId, StoredSeats.class);
        return found == null ? Set.of() : new LinkedHashSet<>(found.everyone());
    }

    /** The occupancy of every session that has seats, read in one query. */
    Map<String, Occupancy> occupancy() {
        Query everySession = new Query();
        everySession.fields().include(Quota.HOLDERS).include(Quota.WAITLIST);
        Map<String, Occupancy> occupancy = new HashMap<>();
        for (Document seats : mongo.find(everySession, Document.class, COLLECTION)) {
            occupancy.put(String.valueOf(seats.get(ID)), new Occupancy(sizeOf(seats, Quota.HOLDERS),
                    sizeOf(seats, Quota.WAITLIST)));
        }
        return occupancy;
    }

    private static int sizeOf(Document seats, String list) {
        List<?> names = seats.getList(list, Object.class);
        return names == null ? 0 : names.size();
    }

    private Update withEvent(DomainEvent event) {
        return new Update().push(OutboxRelay.FIELD, OutboxMessage.of(Topics.AGENDA, event, clock.instant()));
    }
}
