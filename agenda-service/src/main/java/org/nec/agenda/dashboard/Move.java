package org.nec.agenda.dashboard;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.nec.agenda.session.Session;
import org.nec.platform.web.FieldProblem;
import org.nec.platform.web.Problems;

/**
 * Where the organiser puts a session on the grid: a room, a day and a start time, read in the edition's time zone.
 * A session keeps its length unless {@code duration} (minutes) gives another; an unplaced session has no length
 * yet, so it takes {@code duration}, or {@link #DEFAULT_MINUTES}. Pure.
 */
record Move(String roomId, LocalDate day, String start, Integer duration) {

    static final int DEFAULT_MINUTES = 60;
    static final int MIN_MINUTES = 5;
    static final int MAX_MINUTES = 12 * 60;

    /** The session as this move leaves it; a 400 naming each missing or malformed field otherwise. */
    Session applyTo(Session session, ZoneId zone) {
        List<FieldProblem> problems = new ArrayList<>();
        if (roomId == null || roomId.isBlank()) {
            problems.add(new FieldProblem("roomId", "must not be null"));
        }
        if (day == null) {
            problems.add(new FieldProblem("day", "must not be null"));
        }
        LocalTime time = timeOfDay(start);
        if (time == null) {
            problems.add(new FieldProblem("start", "must be a time of day such as 09:00"));
        }
        if (duration != null && (duration < MIN_MINUTES || duration > MAX_MINUTES)) {
            problems.add(new FieldProblem("duration", "must be between " + MIN_MINUTES + " and " + MAX_MINUTES
                    + " minutes"));
        }
        if (!problems.isEmpty()) {
            throw Problems.invalid(problems);
        }
        return session.placedAt(roomId, day.atTime(time).atZone(zone).toInstant(), length(session));
    }

    private Duration length(Session session) {
        if (duration != null) {
            return Duration.ofMinutes(duration);
        }
        return session.placed() ? session.length() : Duration.ofMinutes(DEFAULT_MINUTES);
    }

    private static LocalTime timeOfDay(String text) {
        try {
            return text == null ? null : LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
