package org.nec.agenda.session;

import java.util.List;

import org.nec.agenda.edition.Editions;
import org.nec.agenda.person.People;
import org.nec.agenda.room.Rooms;
import org.springframework.stereotype.Service;

/** The draft programme's conflicts ({@link ConflictRules}), computed afresh on every change. */
@Service
public class Conflicts {

    private final Sessions sessions;
    private final Rooms rooms;
    private final People people;
    private final Editions editions;

    Conflicts(Sessions sessions, Rooms rooms, People people, Editions editions) {
        this.sessions = sessions;
        this.rooms = rooms;
        this.people = people;
        this.editions = editions;
    }

    public List<Conflict> all() {
        return among(sessions.all());
    }

    /** The conflicts among these sessions, as read once from the draft. */
    public List<Conflict> among(List<Session> all) {
        return ConflictRules.check(all, rooms.byId(), people.byId(), editions.current().orElse(null));
    }

    public List<Conflict> of(String sessionId) {
        return all().stream().filter(c -> c.concerns(sessionId)).toList();
    }

    /** The conflicts the session would be part of if it were moved, without moving it. */
    public List<Conflict> ifMoved(Session moved) {
        List<Session> all = sessions.all().stream().map(s -> s.id().equals(moved.id()) ? moved : s).toList();
        return among(all).stream().filter(c -> c.concerns(moved.id())).toList();
    }
}
