package org.nec.agenda.signup;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.ArrayList;
import java.util.List;

import org.nec.agenda.schedule.PublishedSession;
import org.nec.agenda.schedule.Release;
import org.nec.platform.quota.Quota;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * What a release means for the seats. A cancelled session frees its seats and its line. A session published with
 * another capacity gets that many seats: raising it seats the first in line, as a cancellation does; lowering it
 * below the seats taken evicts nobody, it only leaves fewer than none available, so nobody new is seated until
 * enough holders have left. Handling a release again, or an older one after a newer, changes nothing more.
 */
@Component
class ReleasedSeats {

    private static final int MAX_ATTEMPTS = 20;

    private final MongoTemplate mongo;
    private final Signups signups;

    ReleasedSeats(MongoTemplate mongo, Signups signups) {
        this.mongo = mongo;
        this.signups = signups;
    }

    @EventListener
    void on(Release release) {
        release.changes().stream().filter(c -> Release.Change.CANCELLED.equals(c.change()))
                .forEach(change -> freeAll(change.sessionId()));
        for (PublishedSession session : release.sessions()) {
            SessionSeats seats = mongo.findById(session.id(), SessionSeats.class);
            if (seats != null) {
                resize(seats, session.capacity(), release.version());
                signups.promote(session.id());
            }
        }
    }

    private void freeAll(String sessionId) {
        SessionSeats cancelled = mongo.findById(sessionId, SessionSeats.class);
        if (cancelled != null) {
            List<String> everyone = new ArrayList<>(cancelled.holders());
            everyone.addAll(cancelled.waitlist());
            everyone.forEach(registrationId -> signups.cancel(registrationId, sessionId));
        }
    }

    /** One update guarded by what was read, so seats taken or freed meanwhile are counted, never lost. */
    private void resize(SessionSeats seats, int capacity, int version) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            if (seats == null || seats.capacity() == capacity
                    || seats.capacityRelease() != null && seats.capacityRelease() >= version) {
                return;
            }
            if (mongo.updateFirst(query(where("_id").is(seats.sessionId()).and("capacity").is(seats.capacity())
                            .and("capacityRelease").is(seats.capacityRelease())),
                    new Update().set("capacity", capacity).set("capacityRelease", version)
                            .inc(Quota.AVAILABLE, capacity - seats.capacity()), SessionSeats.class)
                    .getModifiedCount() > 0) {
                return;
            }
            seats = mongo.findById(seats.sessionId(), SessionSeats.class);
        }
        throw new IllegalStateException("Could not resize the seats of " + seats.sessionId() + ": too much contention");
    }
}
