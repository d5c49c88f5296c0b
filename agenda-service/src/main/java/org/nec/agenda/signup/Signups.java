package org.nec.agenda.signup;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

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
import org.nec.platform.quota.Quota;
import org.nec.platform.quota.Seat;
import org.nec.platform.web.Problems;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Confirmed attendees take seats in published sessions: one atomic update of the session's seats, a FIFO waiting
 * list, and no two sessions at once for one attendee.
 */
@Service
public class Signups {

    private static final int MAX_ATTEMPTS = 20;

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
        Map<String, PublishedSession> programme = programme();
        PublishedSession session = programme.get(sessionId);
        if (session == null) {
            throw Problems.notFound("No published session " + sessionId + ".");
        }
        Seat existing = seats.seatOf(sessionId, attendee.registrationId());
        if (existing.held() || existing.position() > 0) {
            return of(existing);
        }
        reserveInAgenda(attendee.registrationId(), session, programme);
        ensureSeats(session);
        Seat seat = seats.claim(sessionId, attendee.registrationId(),
                () -> withEvent(new SeatConfirmed(sessionId, attendee.registrationId())),
                () -> withEvent(new SeatWaitlisted(sessionId, attendee.registrationId())));
        relay.wake();
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
                    throw Problems.conflict("You already hold a session at that time: " + heldSession.title().fr()
                            + " / " + heldSession.title().en() + ".");
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

    /** Seats exist from the first sign-up on (the release that published the session may not have made them). */
    void ensureSeats(PublishedSession session) {
        try {
            mongo.upsert(query(where("_id").is(session.id())), new Update()
                    .setOnInsert("capacity", session.capacity()).setOnInsert(Quota.AVAILABLE, session.capacity())
                    .setOnInsert(Quota.HOLDERS, List.of()).setOnInsert(Quota.WAITLIST, List.of())
                    .setOnInsert(OutboxRelay.FIELD, List.of()), SessionSeats.class);
        } catch (DuplicateKeyException createdMeanwhile) {
            // another sign-up made them first
        }
    }

    private Map<String, PublishedSession> programme() {
        return releases.latest().map(Release::sessions).orElse(List.of()).stream()
                .collect(Collectors.toMap(PublishedSession::id, Function.identity()));
    }

    private Update withEvent(DomainEvent event) {
        return new Update().push(OutboxRelay.FIELD, OutboxMessage.of(Topics.AGENDA, event, clock.instant()));
    }

    private static Signup of(Seat seat) {
        return seat.held() ? new Signup(SignupStatus.SEATED, null)
                : new Signup(SignupStatus.WAITLISTED, seat.position());
    }
}
