package org.nec.agenda.dashboard;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

import org.nec.agenda.room.Room;
import org.nec.agenda.session.Conflict;
import org.nec.agenda.session.Session;
import org.nec.agenda.track.Track;

/**
 * One day of the draft as a grid: a column per room, a row per half hour from 08:00 to 20:00. Positions are
 * CSS classes (the pages allow no inline style). Unplaced sessions are in the tray, not on the grid.
 */
record DashboardGrid(LocalDate day, List<Room> rooms, List<String> times, List<Card> cards) {

    static final LocalTime FIRST = LocalTime.of(8, 0);
    static final int SLOTS = 24;
    static final int SLOT_MINUTES = 30;

    /** A session on the grid: row and column start at 2 (1 holds the headers). */
    record Card(Session session, int row, int column, int span, String from, String to, int seatsTaken,
                int capacity, boolean conflicting, Track track) {

        /** The fill meter's width class, by tens: {@code fill-0} … {@code fill-100}. */
        public String fillClass() {
            int percent = capacity == 0 ? 0 : Math.min(100, seatsTaken * 100 / capacity);
            return "fill-" + percent / 10 * 10;
        }
    }

    static DashboardGrid of(LocalDate day, ZoneId zone, List<Room> rooms, List<Session> sessions,
                            Map<String, Track> tracks, List<Conflict> conflicts, ToIntFunction<String> seatsTaken) {
        List<String> times = new ArrayList<>();
        for (int i = 0; i < SLOTS; i++) {
            times.add(FIRST.plusMinutes((long) i * SLOT_MINUTES).toString());
        }
        List<Card> cards = new ArrayList<>();
        for (Session s : sessions) {
            if (!s.placed()) {
                continue;
            }
            ZonedDateTime start = s.start().atZone(zone);
            int column = indexOf(rooms, s.roomId());
            if (s.cancelled() || !start.toLocalDate().equals(day) || column < 0) {
                continue;
            }
            long offset = Duration.between(FIRST, start.toLocalTime()).toMinutes() / SLOT_MINUTES;
            int row = (int) Math.max(0, Math.min(SLOTS - 1, offset)) + 2;
            int span = (int) Math.max(1, Math.min(SLOTS + 2 - row,
                    Duration.between(s.start(), s.end()).toMinutes() / SLOT_MINUTES));
            Room room = rooms.get(column);
            int capacity = s.capacity() != null ? s.capacity() : room.capacity();
            cards.add(new Card(s, row, column + 2, span, start.toLocalTime().toString(),
                    s.end().atZone(zone).toLocalTime().toString(), seatsTaken.applyAsInt(s.id()), capacity,
                    conflicts.stream().anyMatch(c -> c.concerns(s.id())),
                    s.trackId() == null ? null : tracks.get(s.trackId())));
        }
        return new DashboardGrid(day, rooms, times, cards);
    }

    private static int indexOf(List<Room> rooms, String roomId) {
        for (int i = 0; i < rooms.size(); i++) {
            if (rooms.get(i).id().equals(roomId)) {
                return i;
            }
        }
        return -1;
    }
}
