package org.nec.agenda.schedule;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.nec.agenda.person.People;
import org.nec.agenda.person.Person;
import org.nec.agenda.room.Room;
import org.nec.agenda.room.Rooms;
import org.nec.agenda.session.Session;
import org.nec.agenda.track.Track;
import org.nec.agenda.track.Tracks;
import org.springframework.stereotype.Component;

/**
 * The draft programme as the next release would publish it: each session with the names of its room, people and
 * track as they are now.
 */
@Component
class Draft {

    private final Rooms rooms;
    private final People people;
    private final Tracks tracks;

    Draft(Rooms rooms, People people, Tracks tracks) {
        this.rooms = rooms;
        this.people = people;
        this.tracks = tracks;
    }

    /** Cancelled and unplaced sessions are skipped: an unplaced one is published once placed. */
    List<PublishedSession> of(List<Session> read) {
        Map<String, Room> roomsById = rooms.byId();
        Map<String, Person> peopleById = people.byId();
        Map<String, Track> tracksById = tracks.byId();
        return read.stream().filter(s -> !s.cancelled() && s.placed())
                .sorted(Comparator.comparing(Session::start).thenComparing(Session::id))
                .map(s -> snapshot(s, roomsById, peopleById, tracksById)).toList();
    }

    private static PublishedSession snapshot(Session s, Map<String, Room> rooms, Map<String, Person> people,
                                             Map<String, Track> tracks) {
        Room room = rooms.get(s.roomId());
        Function<String, String> name = id -> people.containsKey(id) ? people.get(id).name() : id;
        return new PublishedSession(s.id(), s.number(), s.title(), s.type(), s.roomId(),
                room == null ? null : room.name(), s.start(), s.end(), s.speakerIds(),
                s.speakerIds().stream().map(name).toList(), s.moderatorId(),
                s.moderatorId() == null ? null : name.apply(s.moderatorId()),
                s.capacity() != null ? s.capacity() : room == null ? 0 : room.capacity(), s.signupRequired(),
                s.trackId() == null ? null : tracks.get(s.trackId()), s.description());
    }
}
