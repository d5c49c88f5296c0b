package org.nec.agenda.schedule;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.nec.agenda.edition.Edition;
import org.nec.agenda.person.Person;
import org.nec.agenda.room.Room;
import org.nec.agenda.session.Session;
import org.nec.agenda.session.Sessions;
import org.nec.agenda.track.Track;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/** The draft programme as a whole: its conflicts, computed afresh on every change. */
@Service
public class Schedule {

    private final MongoTemplate mongo;
    private final Sessions sessions;

    Schedule(MongoTemplate mongo, Sessions sessions) {
        this.mongo = mongo;
        this.sessions = sessions;
    }

    public List<Conflict> conflicts() {
        return conflicts(sessions.all());
    }

    /** The conflicts among these sessions, as read once from the draft. */
    public List<Conflict> conflicts(List<Session> all) {
        return ConflictRules.check(all, rooms(), people(), edition());
    }

    public List<Conflict> conflictsOf(String sessionId) {
        return conflicts().stream().filter(c -> c.concerns(sessionId)).toList();
    }

    /** The conflicts the session would be part of if it were moved, without moving it. */
    public List<Conflict> conflictsIfMoved(Session moved) {
        List<Session> all = sessions.all().stream().map(s -> s.id().equals(moved.id()) ? moved : s).toList();
        return ConflictRules.check(all, rooms(), people(), edition()).stream().filter(c -> c.concerns(moved.id()))
                .toList();
    }

    public Map<String, Room> rooms() {
        return mongo.findAll(Room.class).stream().collect(Collectors.toMap(Room::id, Function.identity()));
    }

    public Map<String, Person> people() {
        return mongo.findAll(Person.class).stream().collect(Collectors.toMap(Person::id, Function.identity()));
    }

    public Map<String, Track> tracks() {
        return mongo.findAll(Track.class).stream().collect(Collectors.toMap(Track::id, Function.identity()));
    }

    public Edition edition() {
        return mongo.findById(Edition.CURRENT, Edition.class);
    }
}
