package org.nec.calendar;

import java.time.Instant;

/**
 * One event of a calendar. {@code id} is the session's (or the edition's) id: the same id gives the same UID in
 * every feed and attachment, so a calendar updates the entry it already holds instead of adding a second one;
 * {@code sequence} orders those updates (the schedule release that last changed it).
 */
public record CalendarEntry(String id, Instant start, Instant end, String summary, String location,
                            String description, int sequence, boolean cancelled) {

    public static CalendarEntry of(String id, Instant start, Instant end, String summary) {
        return new CalendarEntry(id, start, end, summary, null, null, 0, false);
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
