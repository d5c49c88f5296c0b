package org.nec.waitinglist;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Limited places with a first-come, first-served waiting list, kept in one document per quota: {@code available}
 * counts what is left, {@code holders} lists who holds a place, {@code waitlist} who waits, first in line first.
 * Every change is one atomic update of that document guarded by its condition (never read-then-write), and
 * repeating one changes nothing more. A closed quota ({@code closed}) takes and promotes nobody. Extra updates
 * (an event for the outbox) ride along in the same write.
 */
public final class Quota {

    public static final String AVAILABLE = "available";
    public static final String HOLDERS = "holders";
    public static final String WAITLIST = "waitlist";
    public static final String CLOSED = "closed";
    private static final int MAX_ATTEMPTS = 100;

    private final MongoTemplate mongo;
    private final String collection;

    public Quota(MongoTemplate mongo, String collection) {
        this.mongo = mongo;
        this.collection = collection;
    }

    /** Takes a place if one is left, else joins the end of the line; asking again answers what is held. */
    public Seat claim(Object quotaId, String holder) {
        return claim(quotaId, holder, Update::new, Update::new);
    }

    /**
     * As {@link #claim(Object, String)}, with what {@code onHeld} or {@code onWaiting} makes in the same write.
     * One joins the line only while no place is free (or others already wait), so a place freed between the two
     * writes is taken rather than left empty behind a line. A closed quota seats and lines up nobody: the answer
     * is then position 0.
     */
    public Seat claim(Object quotaId, String holder, Supplier<Update> onHeld, Supplier<Update> onWaiting) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Document taken = mongo.findAndModify(query(where("_id").is(quotaId).and(AVAILABLE).gt(0)
                            .and(CLOSED).ne(true).and(HOLDERS).ne(holder).and(WAITLIST).ne(holder)),
                    onHeld.get().inc(AVAILABLE, -1).push(HOLDERS, holder), Document.class, collection);
            if (taken != null) {
                return Seat.heldSeat();
            }
            if (mongo.updateFirst(query(where("_id").is(quotaId).and(CLOSED).ne(true).and(HOLDERS).ne(holder)
                            .and(WAITLIST).ne(holder).orOperator(where(AVAILABLE).lte(0),
                                    where(WAITLIST + ".0").exists(true))),
                    onWaiting.get().push(WAITLIST, holder), collection).getModifiedCount() > 0) {
                return seatOf(quotaId, holder);
            }
            Document quota = mongo.findById(quotaId, Document.class, collection);
            Seat seat = seatOf(quota, holder);
            if (quota == null || seat.held() || seat.position() > 0 || Boolean.TRUE.equals(quota.get(CLOSED))) {
                return seat;
            }
            // a place was freed between the two writes: take it
        }
        throw new IllegalStateException("Could not claim in " + collection + " " + quotaId + ": too much contention");
    }

    /** Where the holder stands now: held, waiting at a position, or nowhere (position 0). */
    public Seat seatOf(Object quotaId, String holder) {
        return seatOf(mongo.findById(quotaId, Document.class, collection), holder);
    }

    private static Seat seatOf(Document quota, String holder) {
        if (quota == null) {
            return Seat.waiting(0);
        }
        return quota.getList(HOLDERS, String.class).contains(holder) ? Seat.heldSeat()
                : Seat.waiting(quota.getList(WAITLIST, String.class).indexOf(holder) + 1);
    }

    /**
     * Gives back the holder's place or place in line; what {@code also} makes is applied in the same write.
     *
     * @return whether the holder held a place (false: was waiting, or neither)
     */
    public boolean release(Object quotaId, String holder, Supplier<Update> also) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            if (mongo.updateFirst(query(where("_id").is(quotaId).and(HOLDERS).is(holder)),
                    also.get().pull(HOLDERS, holder).inc(AVAILABLE, 1), collection).getModifiedCount() > 0) {
                return true;
            }
            if (mongo.updateFirst(query(where("_id").is(quotaId).and(WAITLIST).is(holder)),
                    also.get().pull(WAITLIST, holder), collection).getModifiedCount() > 0) {
                return false;
            }
            // neither write found the holder: gone already, or promoted from the line in between
            Seat seat = seatOf(quotaId, holder);
            if (!seat.held() && seat.position() == 0) {
                return false;
            }
        }
        throw new IllegalStateException("Could not release in " + collection + " " + quotaId + ": too much contention");
    }

    /**
     * Takes no one any more, and promotes no one: what was held and who waits stay until released (which then
     * frees a place for nobody). A quota that does not exist stays so.
     */
    public void close(Object quotaId) {
        mongo.updateFirst(query(where("_id").is(quotaId)), new Update().set(CLOSED, true), collection);
    }

    /** Moves the first in line to a free place, if there are both; returns who moved. */
    public Optional<String> promoteNext(Object quotaId, Function<String, Update> also) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Document quota = mongo.findById(quotaId, Document.class, collection);
            if (quota == null || Boolean.TRUE.equals(quota.get(CLOSED)) || quota.getInteger(AVAILABLE) <= 0
                    || quota.getList(WAITLIST, String.class).isEmpty()) {
                return Optional.empty();
            }
            String first = quota.getList(WAITLIST, String.class).get(0);
            Update move = also.apply(first).inc(AVAILABLE, -1).pop(WAITLIST, Update.Position.FIRST)
                    .push(HOLDERS, first);
            if (mongo.updateFirst(query(where("_id").is(quotaId).and(AVAILABLE).gt(0).and(CLOSED).ne(true)
                            .and(WAITLIST + ".0").is(first)),
                    move, collection).getModifiedCount() > 0) {
                return Optional.of(first);
            }
        }
        throw new IllegalStateException("Could not promote in " + collection + " " + quotaId + ": too much contention");
    }

    public List<String> holders(Object quotaId) {
        Document quota = mongo.findById(quotaId, Document.class, collection);
        return quota == null ? List.of() : quota.getList(HOLDERS, String.class);
    }
}
