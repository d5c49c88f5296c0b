package org.nec.agenda.session;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.bson.Document;
import org.nec.agenda.edition.Edition;
import org.nec.agenda.person.People;
import org.nec.agenda.room.Rooms;
import org.nec.agenda.track.Tracks;
import org.nec.platform.web.FieldProblem;
import org.nec.platform.web.Problems;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/** The draft programme's sessions, placed or waiting in the tray: checked field by field, stored, cancelled. */
@Service
public class Sessions {

    /** How many times a change is applied again over a session that other writes changed in the meantime. */
    private static final int ATTEMPTS = 5;

    private static final Instant EARLIEST = Edition.FIRST_DAY.atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final Instant AFTER_LATEST = Edition.LAST_DAY.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();

    private static final String COUNTERS = "counters";
    private static final String NUMBERS = "sessions";
    private static final String COUNTER_VALUE = "value";

    private final SessionRepository sessions;
    private final MongoTemplate mongo;
    private final Rooms rooms;
    private final People people;
    private final Tracks tracks;

    Sessions(SessionRepository sessions, MongoTemplate mongo, Rooms rooms, People people, Tracks tracks) {
        this.sessions = sessions;
        this.mongo = mongo;
        this.rooms = rooms;
        this.people = people;
        this.tracks = tracks;
    }

    /** Every session of the draft, cancelled ones included, in one read. */
    public List<Session> all() {
        return mongo.findAll(Session.class);
    }

    /** The sessions still to be given a room and a time, oldest first. */
    public List<Session> unplaced() {
        return all().stream().filter(s -> !s.cancelled() && !s.placed())
                .sorted(java.util.Comparator.comparingInt(Session::number)).toList();
    }

    public Optional<Session> find(String id) {
        return sessions.findById(id);
    }

    public Session create(SessionRequest request) {
        Session session = new Session(UUID.randomUUID().toString(), nextNumber(), request.title(), request.type(),
                request.roomId(), instant(request.start()), instant(request.end()), request.speakerIds() == null
                ? List.of() : request.speakerIds(), request.moderatorId(), request.capacity(),
                Boolean.TRUE.equals(request.signupRequired()), request.trackId(), request.description(), false, 0L);
        check(session);
        return sessions.insert(session);
    }

    public Session change(String id, SessionRequest change) {
        return change(id, change, Set.of());
    }

    /**
     * Applies the fields {@code change} gives; the rest stay, except the optional ones named in {@code removed},
     * which are cleared: {@code moderatorId}, {@code capacity} (back to the room's), {@code trackId},
     * {@code description}. Other names there change nothing. The session is written only if it is still as it was
     * read: a change or a cancellation landing in between makes this change start again from the new state (and a
     * cancelled session is not found), so neither is lost.
     */
    public Session change(String id, SessionRequest change, Set<String> removed) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Session current = find(id).filter(s -> !s.cancelled())
                    .orElseThrow(() -> Problems.notFound("No session " + id + "."));
            Session changed = applied(current, change, removed);
            check(changed);
            if (mongo.replace(unchanged(current), changed).getMatchedCount() == 1) {
                return changed;
            }
        }
        throw Problems.conflict("Session " + id + " is being changed by someone else. Check it and try again.");
    }

    /** The session as read: neither cancelled nor changed since (its version, or none for older sessions). */
    private static Query unchanged(Session read) {
        return query(where(Session.ID).is(read.id()).and(Session.CANCELLED).is(false)
                .and(Session.VERSION).is(read.version()));
    }

    private static Session applied(Session current, SessionRequest change, Set<String> removed) {
        return new Session(current.id(), current.number(), or(change.title(), current.title()),
                or(change.type(), current.type()), or(change.roomId(), current.roomId()),
                change.start() != null ? instant(change.start()) : current.start(),
                change.end() != null ? instant(change.end()) : current.end(),
                or(change.speakerIds(), current.speakerIds()),
                or(change.moderatorId(), removed.contains("moderatorId") ? null : current.moderatorId()),
                or(change.capacity(), removed.contains("capacity") ? null : current.capacity()),
                change.signupRequired() != null ? change.signupRequired() : current.signupRequired(),
                or(change.trackId(), removed.contains("trackId") ? null : current.trackId()),
                or(change.description(), removed.contains("description") ? null : current.description()), false,
                current.version() == null ? 1L : current.version() + 1);
    }

    /** The session stays in the draft, marked cancelled, so the next release announces it. */
    public void cancel(String id) {
        var result = mongo.updateFirst(query(where(Session.ID).is(id)), new Update().set(Session.CANCELLED, true),
                Session.class);
        if (result.getMatchedCount() == 0) {
            throw Problems.notFound("No session " + id + ".");
        }
    }

    /** Title and type are required; room, start and end are given together or not at all (an unplaced session). */
    private void check(Session s) {
        List<FieldProblem> problems = new ArrayList<>();
        if (s.title() == null) problems.add(new FieldProblem("title", "must not be null"));
        if (s.type() == null) problems.add(new FieldProblem("type", "must not be null"));
        problems.addAll(Placement.problems(s.roomId(), s.start(), s.end()));
        if (s.roomId() != null && !rooms.exists(s.roomId())) {
            problems.add(new FieldProblem("roomId", "is not a room of this edition"));
        }
        within("start", s.start(), problems);
        within("end", s.end(), problems);
        if (s.start() != null && s.end() != null && !s.end().isAfter(s.start())) {
            problems.add(new FieldProblem("end", "must be after start"));
        }
        for (String person : s.speakerIds()) {
            if (!people.exists(person)) {
                problems.add(new FieldProblem("speakerIds", "names an unknown person: " + person));
            }
        }
        if (s.moderatorId() != null && !people.exists(s.moderatorId())) {
            problems.add(new FieldProblem("moderatorId", "is not a known person"));
        }
        if (s.trackId() != null && !tracks.exists(s.trackId())) {
            problems.add(new FieldProblem("trackId", "is not a track of this edition"));
        }
        if (!problems.isEmpty()) {
            throw Problems.invalid(problems);
        }
    }

    private static void within(String field, Instant time, List<FieldProblem> problems) {
        if (time != null && (time.isBefore(EARLIEST) || !time.isBefore(AFTER_LATEST))) {
            problems.add(new FieldProblem(field, "must be between " + Edition.FIRST_DAY + " and " + Edition.LAST_DAY));
        }
    }

    /** 1, 2, 3… across all instances: one atomic increment of the {@code sessions} counter document. */
    private int nextNumber() {
        Document counter = mongo.findAndModify(query(where(Session.ID).is(NUMBERS)),
                new Update().inc(COUNTER_VALUE, 1), FindAndModifyOptions.options().upsert(true).returnNew(true),
                Document.class, COUNTERS);
        return counter.getInteger(COUNTER_VALUE);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private static <T> T or(T value, T otherwise) {
        return value != null ? value : otherwise;
    }
}
