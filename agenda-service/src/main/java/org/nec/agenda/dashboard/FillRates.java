package org.nec.agenda.dashboard;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToIntFunction;

import org.nec.agenda.attendee.Attendee;
import org.nec.agenda.edition.Text;
import org.nec.agenda.schedule.PublishedSession;

/**
 * The dashboard's bar charts, as widths out of 100 for inline SVG (the pages allow no inline style). Pure.
 */
final class FillRates {

    private FillRates() {
    }

    /** A published session with sign-up: seats taken out of its capacity (more when the capacity was lowered). */
    record SessionFill(String sessionId, Text title, int seatsTaken, int capacity) {

        public int width() {
            return widthOf(seatsTaken, capacity);
        }

        public int percent() {
            return capacity == 0 ? 0 : seatsTaken * 100 / capacity;
        }

        public boolean over() {
            return seatsTaken > capacity;
        }
    }

    /** A ticket type's confirmed and waitlisted registrations, both drawn against the largest count shown. */
    record TicketFill(String ticketType, int confirmed, int waitlisted, int scale) {

        public int confirmedWidth() {
            return widthOf(confirmed, scale);
        }

        public int waitlistedWidth() {
            return widthOf(waitlisted, scale);
        }
    }

    static List<SessionFill> sessions(List<PublishedSession> published, ToIntFunction<String> seatsTaken) {
        return published.stream().filter(PublishedSession::signupRequired)
                .map(s -> new SessionFill(s.id(), s.title(), seatsTaken.applyAsInt(s.id()), s.capacity())).toList();
    }

    static List<TicketFill> tickets(List<Attendee> attendees) {
        Map<String, int[]> counts = new TreeMap<>();
        for (Attendee a : attendees) {
            int[] count = counts.computeIfAbsent(String.valueOf(a.ticketType()), t -> new int[2]);
            if (a.is(Attendee.Status.CONFIRMED)) {
                count[0]++;
            } else if (a.is(Attendee.Status.WAITLISTED)) {
                count[1]++;
            }
        }
        int scale = counts.values().stream().mapToInt(c -> Math.max(c[0], c[1])).max().orElse(0);
        return counts.entrySet().stream().filter(e -> e.getValue()[0] + e.getValue()[1] > 0)
                .map(e -> new TicketFill(e.getKey(), e.getValue()[0], e.getValue()[1], scale)).toList();
    }

    static int widthOf(int value, int max) {
        return max <= 0 ? 0 : Math.min(100, value * 100 / max);
    }
}
