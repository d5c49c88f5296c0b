package org.nec.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.Temporal;

/**
 * One event of a calendar. {@code id} is the session's (or the edition's) id: the same id gives the same UID in
 * every feed and attachment, so a calendar updates the entry it already holds instead of adding a second one;
 * {@code sequence} orders those updates (the schedule release that last changed it). {@code start} and {@code end}
 * are instants, or dates for a whole-day entry ({@code end} excluded, as RFC 5545 has it).
 */
public record CalendarEntry(String id, Temporal start, Temporal end, String summary, String location,
                            String description, int sequence, boolean cancelled) {

    public static CalendarEntry of(String id, Instant start, Instant end, String summary) {
        return new CalendarEntry(id, start, end, summary, null, null, 0, false);
    }

    /** Whole days, {@code first} to {@code last} included. */
    public static CalendarEntry days(String id, LocalDate first, LocalDate last, String summary) {
        return new CalendarEntry(id, first, last.plusDays(1), summary, null, null, 0, false);
    }

    public CalendarEntry at(String place) {
        return new CalendarEntry(id, start, end, summary, place, description, sequence, cancelled);
    }

    public CalendarEntry describedAs(String text) {
        return new CalendarEntry(id, start, end, summary, location, text, sequence, cancelled);
    }

    public CalendarEntry version(int release, boolean isCancelled) {
        return new CalendarEntry(id, start, end, summary, location, description, release, isCancelled);
    }
}
