package org.nec.agenda.signup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.nec.agenda.attendee.Attendee;
import org.nec.agenda.attendee.AttendeeProjection;
import org.nec.agenda.attendee.RegistrationEnded;
import org.nec.agenda.schedule.PublishedSession;
import org.nec.agenda.schedule.Release;
import org.nec.agenda.schedule.Releases;
import org.nec.platform.outbox.OutboxRelay;
import org.nec.platform.web.Problems;
import org.nec.waitinglist.Seat;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Confirmed attendees take seats in published sessions ({@link SessionSeats}: one atomic update of the session's
 * seats, a FIFO waiting list), never two sessions at once ({@link AttendeeAgendas}).
 */
@Service
public class Signups {

    private final SessionSeats seats;
    private final AttendeeAgendas agendas;
    private final Releases releases;
    private final AttendeeProjection attendees;
    private final OutboxRelay relay;

    Signups(SessionSeats seats, AttendeeAgendas agendas, Releases releases, AttendeeProjection attendees,
            OutboxRelay relay) {
        this.seats = seats;
        this.agendas = agendas;
        this.releases = releases;
        this.attendees = attendees;
        this.relay = relay;
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
            return Signup.of(existing);
        }
        agendas.reserve(attendee.registrationId(), session, programme);
        ensureSeats(session, read.get().version());
        Seat seat = seats.claim(sessionId, attendee.registrationId());
        relay.wake();
        Optional<Release> latest = releases.latest();
        PublishedSession now = programmeOf(latest).get(sessionId);
        if (!seat.held() && seat.position() == 0 || now == null) {
            // a release cancelled the session after the programme above was read: its seats are closed, or
            // were not there yet to be freed
            cancel(attendee.registrationId(), sessionId);
            throw Problems.notFound("No published session " + sessionId + ".");
        }
        if (!attendees.confirmed(attendee.registrationId())) {
            // the registration ended while the seat was taken, after its seats were given back: give this one too
            cancel(attendee.registrationId(), sessionId);
            throw Problems.notFound("No confirmed registration with this id and token.");
        }
        if (latest.get().version() > read.get().version()) {
            // a newer release, handled before these seats may have existed, sizes them
            resize(sessionId, now.capacity(), latest.get().version());
            promote(sessionId);
        }
        return Signup.of(seat);
    }

    public void cancel(String registrationId, String sessionId) {
        boolean held = seats.release(sessionId, registrationId);
        agendas.remove(registrationId, sessionId);
        relay.wake();
        if (held) {
            promote(sessionId);
        }
    }

    /** The registration ended upstream (cancelled, erased): every seat and place in line goes. */
    @EventListener
    void on(RegistrationEnded ended) {
        releaseAll(ended.registrationId());
    }

    void releaseAll(String registrationId) {
        agendas.of(registrationId).forEach(sessionId -> cancel(registrationId, sessionId));
    }

    public List<HeldSession> agendaOf(String registrationId) {
        List<String> sessionIds = agendas.of(registrationId);
        Map<String, PublishedSession> programme = programmeOf(releases.latest());
        List<HeldSession> held = new ArrayList<>();
        for (String sessionId : sessionIds) {
            PublishedSession session = programme.get(sessionId);
            Seat seat = seats.seatOf(sessionId, registrationId);
            if (session != null && (seat.held() || seat.position() > 0)) {
                held.add(new HeldSession(session, Signup.of(seat)));
            }
        }
        held.sort(Comparator.comparing(h -> h.session().start()));
        return held;
    }

    public int seatsTaken(String sessionId) {
        return seats.seatsTaken(sessionId);
    }

    /** The occupancy of every session that has seats, read in one query (the public programme lists them all). */
    public Map<String, Occupancy> occupancy() {
        return seats.occupancy();
    }

    /** The registrations seated or waiting in the session (none before its first sign-up). */
    public Set<String> seatedOrWaiting(String sessionId) {
        return seats.seatedOrWaiting(sessionId);
    }

    void promote(String sessionId) {
        seats.promoteAll(sessionId);
        relay.wake();
    }

    /** See {@link SessionSeats#open(String, int, int)}. */
    void ensureSeats(PublishedSession session, int version) {
        seats.open(session.id(), session.capacity(), version);
    }

    /** See {@link SessionSeats#resize(String, int, int)}. */
    boolean resize(String sessionId, int capacity, int version) {
        return seats.resize(sessionId, capacity, version);
    }

    /** A cancelled session: its seats take and promote nobody any more, then everyone in them is released. */
    void freeAll(String sessionId) {
        seats.close(sessionId).forEach(registrationId -> cancel(registrationId, sessionId));
    }

    private static Map<String, PublishedSession> programmeOf(Optional<Release> release) {
        return release.map(Release::sessions).orElse(List.of()).stream()
                .collect(Collectors.toMap(PublishedSession::id, Function.identity()));
    }
}
