package org.nec.agenda.programme;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.nec.agenda.edition.Edition;
import org.nec.agenda.schedule.PublishedSession;
import org.nec.agenda.track.Track;

/**
 * The published programme arranged as conference apps read it: per day (in the edition's time zone), per room.
 * Shared by the frab XML and JSON exports. {@code dates} are the days listed, in order: the edition's, and any
 * other day a session starts on (a session outside the edition's dates is only a warning, and is published).
 */
record ProgrammeView(int version, String title, String acronym, ZoneId zone, List<LocalDate> dates,
                     Map<LocalDate, Map<String, List<PublishedSession>>> days) {

    static final String DEFAULT_TITLE = "Numérique En Commun[s] ESS";

    static ProgrammeView of(int version, Edition edition, List<PublishedSession> sessions) {
        ZoneId zone = Edition.zoneOf(edition);
        Map<LocalDate, Map<String, List<PublishedSession>>> days = sessions.stream()
                .collect(Collectors.groupingBy(s -> s.start().atZone(zone).toLocalDate(), TreeMap::new,
                        Collectors.groupingBy(s -> s.roomName() == null ? "" : s.roomName(), TreeMap::new,
                                Collectors.toList())));
        TreeSet<LocalDate> dates = new TreeSet<>(days.keySet());
        if (edition != null) {
            edition.start().datesUntil(edition.end().plusDays(1)).forEach(dates::add);
        }
        if (dates.isEmpty()) {
            dates.add(LocalDate.now(zone));
        }
        String title = edition == null ? DEFAULT_TITLE : edition.name();
        return new ProgrammeView(version, title, acronym(title), zone, List.copyOf(dates), days);
    }

    /** The first day listed. */
    LocalDate start() {
        return dates.get(0);
    }

    /** The last day listed. */
    LocalDate end() {
        return dates.get(dates.size() - 1);
    }

    /** The tracks the published sessions run in, by French name. */
    List<Track> tracks() {
        return days.values().stream().flatMap(rooms -> rooms.values().stream()).flatMap(List::stream)
                .map(PublishedSession::track).filter(java.util.Objects::nonNull).distinct()
                .sorted(java.util.Comparator.comparing(t -> t.name().fr())).toList();
    }

    private static final java.time.format.DateTimeFormatter ISO_SECONDS =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    ZonedDateTime local(java.time.Instant instant) {
        return instant.atZone(zone);
    }

    /** Date and time with seconds and offset, as xs:dateTime and the frab readers want it. */
    String iso(java.time.Instant instant) {
        return ISO_SECONDS.format(instant.atZone(zone));
    }

    String dayStart(LocalDate date) {
        return ISO_SECONDS.format(date.atStartOfDay(zone));
    }

    static String duration(PublishedSession s) {
        Duration length = Duration.between(s.start(), s.end());
        return String.format(Locale.ROOT, "%d:%02d", length.toHours(), length.toMinutesPart());
    }

    String slug(PublishedSession s) {
        String words = java.text.Normalizer.normalize(s.title().fr(), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return acronym + "-" + s.number() + "-" + words;
    }

    private static String acronym(String title) {
        String letters = java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "");
        return letters.isEmpty() ? "nec" : letters.substring(0, Math.min(letters.length(), 20));
    }
}
