package org.nec.agenda.programme;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.nec.agenda.edition.Edition;
import org.nec.agenda.schedule.PublishedSession;
import org.nec.agenda.signup.Occupancy;

/** The published sessions day by day, in the edition's time zone, as both programme pages lay them out. */
record ProgrammeDays(List<Day> days) {

    /** One day, named in the page's language, and its sessions in order. */
    record Day(String label, List<Slot> slots) {
    }

    /** One session as shown: times in the edition's zone, seats left and people waiting. */
    record Slot(PublishedSession session, String from, String to, int seatsLeft, int waitlisted) {

        public boolean full() {
            return seatsLeft == 0;
        }
    }

    static ProgrammeDays of(List<PublishedSession> sessions, Edition edition, Map<String, Occupancy> occupancy,
                            Locale locale) {
        ZoneId zone = Edition.zoneOf(edition);
        DateTimeFormatter label = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
        Map<LocalDate, List<Slot>> byDay = sessions.stream()
                .sorted(Comparator.comparing(PublishedSession::start).thenComparing(PublishedSession::number))
                .map(s -> slot(s, zone, occupancy.getOrDefault(s.id(), Occupancy.NONE)))
                .collect(Collectors.groupingBy(slot -> slot.session().start().atZone(zone).toLocalDate(),
                        TreeMap::new, Collectors.toList()));
        return new ProgrammeDays(byDay.entrySet().stream()
                .map(day -> new Day(label.format(day.getKey()), day.getValue())).toList());
    }

    private static Slot slot(PublishedSession s, ZoneId zone, Occupancy occupancy) {
        return new Slot(s, s.start().atZone(zone).toLocalTime().toString(), s.end().atZone(zone).toLocalTime()
                .toString(), Math.max(0, s.capacity() - occupancy.seatsTaken()), occupancy.waitlisted());
    }

    public boolean isEmpty() {
        return days.isEmpty();
    }
}
