package org.nec.agenda.session;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.nec.agenda.console.Fields;
import org.nec.agenda.edition.Text;
import org.nec.platform.web.FieldProblem;

/**
 * The console's session form as typed: times of day on a day of the edition, read in its time zone. Room, day,
 * start and end are all given, or none of them (the session then waits in the dashboard's tray).
 */
record SessionForm(String titleFr, String titleEn, String descriptionFr, String descriptionEn, String type,
                   List<String> speakerIds, String moderatorId, String capacity, String signupRequired,
                   String trackId, String roomId, String day, String start, String end) {

    static final SessionForm EMPTY = new SessionForm("", "", "", "", SessionType.WORKSHOP.name(), List.of(), "", "",
            "", "", "", "", "", "");

    static SessionForm of(Session s, ZoneId zone) {
        boolean placed = s.placed();
        return new SessionForm(s.title().fr(), s.title().en(), s.description() == null ? "" : s.description().fr(),
                s.description() == null ? "" : s.description().en(), s.type().name(), s.speakerIds(),
                s.moderatorId(), s.capacity() == null ? "" : s.capacity().toString(),
                String.valueOf(s.signupRequired()), s.trackId(), s.roomId(),
                placed ? s.start().atZone(zone).toLocalDate().toString() : "",
                placed ? s.start().atZone(zone).toLocalTime().toString() : "",
                placed ? s.end().atZone(zone).toLocalTime().toString() : "");
    }

    public boolean signup() {
        return "true".equals(signupRequired);
    }

    public boolean speaks(String personId) {
        return speakerIds != null && speakerIds.contains(personId);
    }

    /** The request the JSON API would take; what cannot be read is added to {@code problems}. */
    SessionRequest request(ZoneId zone, List<FieldProblem> problems) {
        Integer seats = Fields.number("capacity", capacity, problems);
        Description description = Fields.text(descriptionFr) == null && Fields.text(descriptionEn) == null ? null
                : new Description(Fields.text(descriptionFr), Fields.text(descriptionEn));
        OffsetDateTime[] times = placement(zone, problems);
        return new SessionRequest(new Text(Fields.text(titleFr), Fields.text(titleEn)), sessionType(problems),
                Fields.text(roomId), times[0], times[1], speakerIds == null ? List.of() : speakerIds,
                Fields.text(moderatorId), seats, signup(), Fields.text(trackId), description);
    }

    /** The optional fields left empty, which a change clears. */
    Set<String> cleared() {
        Set<String> cleared = new LinkedHashSet<>();
        if (Fields.text(moderatorId) == null) cleared.add("moderatorId");
        if (Fields.text(capacity) == null) cleared.add("capacity");
        if (Fields.text(trackId) == null) cleared.add("trackId");
        if (Fields.text(descriptionFr) == null && Fields.text(descriptionEn) == null) cleared.add("description");
        return cleared;
    }

    private SessionType sessionType(List<FieldProblem> problems) {
        try {
            return SessionType.valueOf(type);
        } catch (RuntimeException e) {
            problems.add(new FieldProblem("type", "must not be null"));
            return null;
        }
    }

    private OffsetDateTime[] placement(ZoneId zone, List<FieldProblem> problems) {
        List<FieldProblem> unreadable = new ArrayList<>();
        LocalDate onDay = Fields.date("day", day, unreadable);
        LocalTime from = Fields.time("start", start, unreadable);
        LocalTime to = Fields.time("end", end, unreadable);
        problems.addAll(unreadable);
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("roomId", Fields.text(roomId));
        parts.put("day", Fields.text(day));
        parts.put("start", Fields.text(start));
        parts.put("end", Fields.text(end));
        problems.addAll(Placement.problems(parts));
        if (onDay == null || from == null || to == null) {
            return new OffsetDateTime[2];
        }
        return new OffsetDateTime[] {onDay.atTime(from).atZone(zone).toOffsetDateTime(),
                onDay.atTime(to).atZone(zone).toOffsetDateTime()};
    }
}
