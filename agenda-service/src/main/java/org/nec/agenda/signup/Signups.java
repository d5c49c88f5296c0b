package org.nec.agenda.signup;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.bson.Document;
import org.nec.agenda.attendee.Attendee;
import org.nec.agenda.schedule.PublishedSession;
import org.nec.agenda.schedule.Release;
import org.nec.agenda.schedule.Releases;
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
import org.nec.platform.web.Problems;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Confirmed attendees take seats in published sessions: one atomic update of the session's seats, a FIFO waiting
 * list, and no two sessions at once for one attendee.
 */
@Service
public class Signups {

    private static final int MAX_ATTEMPTS = 20;
    private static final String CONFIRMED = "CONFIRMED";

    private final MongoTemplate mongo;
    private final Releases releases;
    private final OutboxRelay relay;
    private final Clock clock;
    private final Quota seats;

    Signups(MongoTemplate mongo, Releases releases, OutboxRelay relay, Clock clock) {
        this.mongo = mongo;
        this.releases = releases;
        this.relay = relay;
        this.clock = clock;
        this.seats = new Quota(mongo, mongo.getCollectionName(SessionSeats.class));
    }

    public record Signup(SignupStatus status, Integer position) {
    }

    public Signup signUp(Attendee attendee, String sessionId) {
        Optional<Release> read = releases.latest();
        Map<String, PublishedSession> programme = programmeOf(read);
        PublishedSession session = programme.get(sessionId);
        if (session == null) {
            throw Problems.notFound("No published session " + sessionId + ".");
        }
        Seat existing = seats.seatOf(sessionId, attendee.registrationId());
        if (existing.held() || existing.position() > 0) {
            return of(existing);
        }
        reserveInAgenda(attendee.registrationId(), session, programme);
        ensureSeats(session, read.get().version());
        Seat seat = seats.claim(sessionId, attendee.registrationId(),
                () -> withEvent(new SeatConfirmed(sessionId, attendee.registrationId())),
                () -> withEvent(new SeatWaitlisted(sessionId, attendee.registrationId())));
        relay.wake();
        Optional<Release> latest = releases.latest();
        PublishedSession now = programmeOf(latest).get(sessionId);
        if (!seat.held() && seat.position() == 0 || now == null) {
            // a release cancelled the session after the programme above was read: its seats are closed, or
            // were not there yet to be freed
            cancel(attendee.registrationId(), sessionId);
            throw Problems.notFound("No published session " + sessionId + ".");
        }
        Attendee attendeeNow = mongo.findById(attendee.registrationId(), Attendee.class);
        if (attendeeNow == null || !CONFIRMED.equals(attendeeNow.status())) {
            // the registration ended while the seat was taken, after its seats were given back: give this one too
            cancel(attendee.registrationId(), sessionId);
            throw Problems.notFound("No confirmed registration with this id and token.");
        }
        if (latest.get().version() > read.get().version()) {
            // a newer release, handled before these seats may have existed, sizes them
            resize(sessionId, now.capacity(), latest.get().version());
            promote(sessionId);
        }
        return of(seat);
    }

    public void cancel(String registrationId, String sessionId) {
        boolean held = seats.release(sessionId, registrationId,
                () -> withEvent(new SeatReleased(sessionId, registrationId)));
        mongo.updateFirst(query(where("_id").is(registrationId)),
                new Update().pull("sessionIds", sessionId).inc("version", 1), AttendeeAgenda.class);
        relay.wake();
        if (held) {
            promote(sessionId);
        }
    }

    /** The registration ended upstream (cancelled, erased): every seat and place in line goes. */
    public void releaseAll(String registrationId) {
        AttendeeAgenda agenda = mongo.findById(registrationId, AttendeeAgenda.class);
        if (agenda != null) {
            agenda.sessionIds().forEach(sessionId -> cancel(registrationId, sessionId));
        }
    }

    public List<HeldSession> agendaOf(String registrationId) {
        AttendeeAgenda agenda = mongo.findById(registrationId, AttendeeAgenda.class);
        Map<String, PublishedSession> programme = programme();
        List<HeldSession> held = new ArrayList<>();
        for (String sessionId : agenda == null ? List.<String>of() : agenda.sessionIds()) {
            PublishedSession session = programme.get(sessionId);
            Seat seat = seats.seatOf(sessionId, registrationId);
            if (session != null && (seat.held() || seat.position() > 0)) {
                held.add(new HeldSession(session, of(seat)));
            }
        }
        held.sort(java.util.Comparator.comparing(h -> h.session().start()));
        return held;
    }

    public int seatsTaken(String sessionId) {
        return seats.holders(sessionId).size();
    }

    /** Seats taken and people waiting in one session; a session nobody signed up for yet has none of either. */
    public record Occupancy(int seatsTaken, int waitlisted) {

        public static final Occupancy NONE = new Occupancy(0, 0);
    }

    /** The occupancy of every session that has seats, read in one query (the public programme lists them all). */
    public Map<String, Occupancy> occupancy() {
        Query everySession = new Query();
        everySession.fields().include(Quota.HOLDERS).include(Quota.WAITLIST);
        Map<String, Occupancy> occupancy = new HashMap<>();
        for (Document seats : mongo.find(everySession, Document.class,
                mongo.getCollectionName(SessionSeats.class))) {
            occupancy.put(String.valueOf(seats.get("_id")), new Occupancy(sizeOf(seats, Quota.HOLDERS),
                    sizeOf(seats, Quota.WAITLIST)));
        }
        return occupancy;
    }

    private static int sizeOf(Document seats, String list) {
        List<String> names = seats.getList(list, String.class);
        return names == null ? 0 : names.size();
    }

    public record HeldSession(PublishedSession session, Signup signup) {
    }

    void promote(String sessionId) {
        Optional<String> promoted;
        do {
            promoted = seats.promoteNext(sessionId, first -> withEvent(new SeatPromoted(sessionId, first)));
        } while (promoted.isPresent());
        relay.wake();
    }

    private void reserveInAgenda(String registrationId, PublishedSession session,
                                 Map<String, PublishedSession> programme) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            AttendeeAgenda agenda = mongo.findById(registrationId, AttendeeAgenda.class);
            List<String> held = agenda == null ? List.of() : agenda.sessionIds();
            for (String other : held) {
                PublishedSession heldSession = programme.get(other);
                if (heldSession != null && !other.equals(session.id()) && overlap(heldSession, session)) {
                    throw new Overlap(heldSession);
                }
            }
            if (held.contains(session.id())) {
                return;
            }
            try {
                if (agenda == null) {
                    mongo.insert(new AttendeeAgenda(registrationId, List.of(session.id()), 1));
                    return;
                }
                if (mongo.updateFirst(query(where("_id").is(registrationId).and("version").is(agenda.version())),
                        new Update().push("sessionIds", session.id()).inc("version", 1), AttendeeAgenda.class)
                        .getModifiedCount() == 1) {
                    return;
                }
            } catch (DuplicateKeyException createdMeanwhile) {
                // another sign-up of this attendee created the agenda first: check again
            }
        }
        throw Problems.conflict("Too many sign-ups at once for this attendee. Please try again.");
    }

    private static boolean overlap(PublishedSession a, PublishedSession b) {
        return a.start().isBefore(b.end()) && b.start().isBefore(a.end());
    }

    /**
     * Seats exist from the first sign-up on (the release that published the session may not have made them),
     * sized by the release {@code version} the sign-up read. Seats made earlier by a sign-up that read an older
     * release (after this one was handled) are sized again.
     */
    void ensureSeats(PublishedSession session, int version) {
        try {
            mongo.upsert(query(where("_id").is(session.id())), new Update()
                    .setOnInsert("capacity", session.capacity()).setOnInsert(Quota.AVAILABLE, session.capacity())
                    .setOnInsert("capacityRelease", version)
                    .setOnInsert(Quota.HOLDERS, List.of()).setOnInsert(Quota.WAITLIST, List.of())
                    .setOnInsert(OutboxRelay.FIELD, List.of()), SessionSeats.class);
        } catch (DuplicateKeyException createdMeanwhile) {
            // another sign-up made them first
        }
        resize(session.id(), session.capacity(), version);
    }

    /**
     * Gives the session's seats the capacity release {@code version} published: one update guarded by what was
     * read, so seats taken or freed meanwhile are counted, never lost. An older release than the one that last set
     * the capacity changes nothing. Raising it promotes nobody by itself (see {@link #promote(String)}).
     *
     * @return whether the session has seats (none until its first sign-up)
     */
    boolean resize(String sessionId, int capacity, int version) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            SessionSeats seats = mongo.findById(sessionId, SessionSeats.class);
            if (seats == null) {
                return false;
            }
            if (seats.capacity() == capacity
                    || seats.capacityRelease() != null && seats.capacityRelease() >= version) {
                return true;
            }
            if (mongo.updateFirst(query(where("_id").is(sessionId).and("capacity").is(seats.capacity())
                            .and("capacityRelease").is(seats.capacityRelease())),
                    new Update().set("capacity", capacity).set("capacityRelease", version)
                            .inc(Quota.AVAILABLE, capacity - seats.capacity()), SessionSeats.class)
                    .getModifiedCount() > 0) {
                return true;
            }
        }
        throw new IllegalStateException("Could not resize the seats of " + sessionId + ": too much contention");
    }

    /** A cancelled session: its seats take and promote nobody any more, then everyone in them is released. */
    void freeAll(String sessionId) {
        seats.close(sessionId);
        SessionSeats cancelled = mongo.findById(sessionId, SessionSeats.class);
        if (cancelled != null) {
            List<String> everyone = new ArrayList<>(cancelled.holders() == null ? List.of() : cancelled.holders());
            everyone.addAll(cancelled.waitlist() == null ? List.of() : cancelled.waitlist());
            everyone.forEach(registrationId -> cancel(registrationId, sessionId));
        }
    }

    private Map<String, PublishedSession> programme() {
        return programmeOf(releases.latest());
    }

    private static Map<String, PublishedSession> programmeOf(Optional<Release> release) {
        return release.map(Release::sessions).orElse(List.of()).stream()
                .collect(Collectors.toMap(PublishedSession::id, Function.identity()));
    }

    private Update withEvent(DomainEvent event) {
        return new Update().push(OutboxRelay.FIELD, OutboxMessage.of(Topics.AGENDA, event, clock.instant()));
    }

    private static Signup of(Seat seat) {
        return seat.held() ? new Signup(SignupStatus.SEATED, null)
                : new Signup(SignupStatus.WAITLISTED, seat.position());
    }

    /** The registrations seated or waiting in the session (none before its first sign-up). */
    public java.util.Set<String> seatedOrWaiting(String sessionId) {
        SessionSeats found = mongo.findById(sessionId, SessionSeats.class);
        java.util.Set<String> registrations = new java.util.LinkedHashSet<>();
        if (found != null) {
            registrations.addAll(found.holders() == null ? List.of() : found.holders());
            registrations.addAll(found.waitlist() == null ? List.of() : found.waitlist());
        }
        return registrations;
    }
}
