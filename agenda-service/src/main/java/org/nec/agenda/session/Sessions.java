package org.nec.agenda.session;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.nec.agenda.person.Person;
import org.nec.agenda.room.Room;
import org.nec.agenda.track.Track;
import org.nec.platform.web.FieldProblem;
import org.nec.platform.web.Problems;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/** The draft programme's sessions: checked field by field, stored, cancelled. */
@Service
public class Sessions {

    /** The optional fields a change may clear: moderator, own capacity (back to the room's), track, description. */
    public static final Set<String> REMOVABLE = Set.of("moderatorId", "capacity", "trackId", "description");

    private final MongoTemplate mongo;

    Sessions(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public List<Session> all() {
        return mongo.findAll(Session.class);
    }

    public Optional<Session> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Session.class));
    }

    public Session create(SessionRequest request) {
        Session session = new Session(UUID.randomUUID().toString(), nextNumber(), request.title(), request.type(), request.roomId(),
                instant(request.start()), instant(request.end()), request.speakerIds() == null ? List.of()
                : request.speakerIds(), request.moderatorId(), request.capacity(),
                Boolean.TRUE.equals(request.signupRequired()), request.trackId(), request.description(), false);
        check(session, true);
        return mongo.insert(session);
    }

    public Session change(String id, SessionRequest change) {
        return change(id, change, Set.of());
    }

    /**
     * Applies the fields {@code change} gives; the rest stay, except the optional ones named in {@code removed}
     * ({@link #REMOVABLE}), which are cleared.
     */
    public Session change(String id, SessionRequest change, Set<String> removed) {
        Session current = find(id).filter(s -> !s.cancelled())
                .orElseThrow(() -> Problems.notFound("No session " + id + "."));
        Session changed = new Session(id, current.number(), or(change.title(), current.title()), or(change.type(), current.type()),
                or(change.roomId(), current.roomId()), change.start() != null ? instant(change.start()) : current.start(),
                change.end() != null ? instant(change.end()) : current.end(),
                or(change.speakerIds(), current.speakerIds()),
                or(change.moderatorId(), removed.contains("moderatorId") ? null : current.moderatorId()),
                or(change.capacity(), removed.contains("capacity") ? null : current.capacity()),
                change.signupRequired() != null ? change.signupRequired() : current.signupRequired(),
                or(change.trackId(), removed.contains("trackId") ? null : current.trackId()),
                or(change.description(), removed.contains("description") ? null : current.description()), false);
        check(changed, false);
        mongo.save(changed);
        return changed;
    }

    /** The session stays in the draft, marked cancelled, so the next release announces it. */
    public void cancel(String id) {
        var result = mongo.updateFirst(query(where("_id").is(id)), new Update().set("cancelled", true),
                Session.class);
        if (result.getMatchedCount() == 0) {
            throw Problems.notFound("No session " + id + ".");
        }
    }

    private void check(Session s, boolean creating) {
        List<FieldProblem> problems = new ArrayList<>();
        if (s.title() == null) problems.add(new FieldProblem("title", "must not be null"));
        if (s.type() == null) problems.add(new FieldProblem("type", "must not be null"));
        if (s.roomId() == null) {
            problems.add(new FieldProblem("roomId", "must not be null"));
        } else if (mongo.findById(s.roomId(), Room.class) == null) {
            problems.add(new FieldProblem("roomId", "is not a room of this edition"));
        }
        if (s.start() == null) problems.add(new FieldProblem("start", "must not be null"));
        if (s.end() == null) problems.add(new FieldProblem("end", "must not be null"));
        if (s.start() != null && s.end() != null && !s.end().isAfter(s.start())) {
            problems.add(new FieldProblem("end", "must be after start"));
        }
        for (String person : s.speakerIds()) {
            if (mongo.findById(person, Person.class) == null) {
                problems.add(new FieldProblem("speakerIds", "names an unknown person: " + person));
            }
        }
        if (s.moderatorId() != null && mongo.findById(s.moderatorId(), Person.class) == null) {
            problems.add(new FieldProblem("moderatorId", "is not a known person"));
        }
        if (s.trackId() != null && mongo.findById(s.trackId(), Track.class) == null) {
            problems.add(new FieldProblem("trackId", "is not a track of this edition"));
        }
        if (!problems.isEmpty()) {
            throw Problems.invalid(problems);
        }
    }

    /** 1, 2, 3… across all instances: one atomic increment of a counter document. */
    private int nextNumber() {
        org.bson.Document counter = mongo.findAndModify(query(where("_id").is("sessions")),
                new Update().inc("value", 1), org.springframework.data.mongodb.core.FindAndModifyOptions.options()
                        .upsert(true).returnNew(true), org.bson.Document.class, "counters");
        return counter.getInteger("value");
    }

    private static java.time.Instant instant(java.time.OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private static <T> T or(T value, T otherwise) {
        return value != null ? value : otherwise;
    }
}
