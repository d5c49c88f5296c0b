package org.nec.agenda.session;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.nec.agenda.edition.Edition;
import org.nec.agenda.person.Person;
import org.nec.agenda.room.Room;

/**
 * The rules a programme is checked against. Pure: no Spring, no store. Unplaced sessions are left out: they are
 * not in any room at any time yet. Each conflict carries what its localised message names, in the order of the
 * {@code conflict.<CODE>} message's arguments.
 */
public final class ConflictRules {

    private ConflictRules() {
    }

    public static List<Conflict> check(List<Session> all, Map<String, Room> rooms, Map<String, Person> people,
                                       Edition edition) {
        List<Session> sessions = all.stream().filter(s -> !s.cancelled() && s.placed())
                .sorted(java.util.Comparator.comparing(Session::start).thenComparing(Session::id)).toList();
        List<Conflict> conflicts = new ArrayList<>();
        for (int i = 0; i < sessions.size(); i++) {
            Session a = sessions.get(i);
            for (int j = i + 1; j < sessions.size(); j++) {
                Session b = sessions.get(j);
                if (!a.overlaps(b)) {
                    continue;
                }
                if (a.roomId() != null && a.roomId().equals(b.roomId())) {
                    conflicts.add(new Conflict(Conflict.ROOM_DOUBLE_BOOKED, "Room " + name(rooms.get(a.roomId()))
                            + " holds two sessions at once", List.of(a.id(), b.id()),
                            List.of(name(rooms.get(a.roomId())), a.title(), b.title())));
                }
                for (String person : a.people()) {
                    if (b.people().contains(person)) {
                        conflicts.add(new Conflict(Conflict.PERSON_DOUBLE_BOOKED, personName(people.get(person))
                                + " is expected in two sessions at once", List.of(a.id(), b.id()),
                                List.of(people.containsKey(person) ? people.get(person).name() : "?", a.title(),
                                        b.title())));
                    }
                }
            }
            check(a, rooms, edition, conflicts);
        }
        return conflicts;
    }

    private static void check(Session session, Map<String, Room> rooms, Edition edition, List<Conflict> conflicts) {
        if (edition != null) {
            Instant opens = edition.start().atStartOfDay(edition.zone()).toInstant();
            Instant closes = edition.end().plusDays(1).atStartOfDay(edition.zone()).toInstant();
            if (session.start().isBefore(opens) || session.end().isAfter(closes)) {
                conflicts.add(new Conflict(Conflict.OUTSIDE_EDITION, "The session is outside the dates of "
                        + edition.name(), List.of(session.id()), List.of(session.title(), edition.name())));
            }
        }
        Room room = rooms.get(session.roomId());
        if (room != null) {
            checkHours(session, room, Edition.zoneOf(edition), conflicts);
        }
        if (room != null && session.capacity() != null && session.capacity() > room.capacity()) {
            conflicts.add(new Conflict(Conflict.CAPACITY_ABOVE_ROOM, "The session takes " + session.capacity()
                    + " people but " + room.name() + " holds " + room.capacity(), List.of(session.id()),
                    List.of(session.title(), session.capacity(), room.name(), room.capacity())));
        }
        if (session.type() == SessionType.ROUNDTABLE && session.moderatorId() == null) {
            conflicts.add(new Conflict(Conflict.ROUNDTABLE_WITHOUT_MODERATOR, "A roundtable needs a moderator",
                    List.of(session.id()), List.of(session.title())));
        }
    }

    /** The room's hours hold on the day the session starts: it may start at opening and end at closing. */
    private static void checkHours(Session session, Room room, ZoneId zone, List<Conflict> conflicts) {
        LocalDate day = session.start().atZone(zone).toLocalDate();
        boolean early = room.opens() != null
                && session.start().isBefore(day.atTime(room.opens()).atZone(zone).toInstant());
        boolean late = room.closes() != null
                && session.end().isAfter(day.atTime(room.closes()).atZone(zone).toInstant());
        if (early || late) {
            String runs = session.start().atZone(zone).toLocalTime() + "–" + session.end().atZone(zone).toLocalTime();
            conflicts.add(new Conflict(Conflict.OUTSIDE_ROOM_HOURS, room.name() + " is open " + room.hours()
                    + " but the session runs " + runs, List.of(session.id()),
                    List.of(session.title(), room.name(), room.hours(), runs)));
        }
    }

    private static String name(Room room) {
        return room == null ? "?" : room.name();
    }

    private static String personName(Person person) {
        return person == null ? "A person" : person.name();
    }
}
