package org.nec.agenda.dashboard;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.nec.agenda.attendee.AttendeeProjection;
import org.nec.agenda.edition.Edition;
import org.nec.agenda.room.Room;
import org.nec.agenda.schedule.Conflict;
import org.nec.agenda.schedule.Release;
import org.nec.agenda.schedule.Releases;
import org.nec.agenda.schedule.Schedule;
import org.nec.agenda.session.Session;
import org.nec.agenda.session.SessionRequest;
import org.nec.agenda.session.Sessions;
import org.nec.agenda.signup.Signups;
import org.nec.platform.web.FieldProblem;
import org.nec.platform.web.Problems;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The organiser's dashboard: one day as a grid of rooms and half hours, sessions moved by drag and drop (or the
 * form in each card), conflicts shown before a move is saved, fill rates, mail delivery, the pending changelog
 * and the publish button. A move of an unknown session answers 404, a move to a malformed day or time 400.
 */
@Controller
class DashboardController {

    private final Sessions sessions;
    private final Schedule schedule;
    private final Releases releases;
    private final Signups signups;
    private final AttendeeProjection attendees;
    private final Deliveries deliveries;

    DashboardController(Sessions sessions, Schedule schedule, Releases releases, Signups signups,
                        AttendeeProjection attendees, Deliveries deliveries) {
        this.sessions = sessions;
        this.schedule = schedule;
        this.releases = releases;
        this.signups = signups;
        this.attendees = attendees;
        this.deliveries = deliveries;
    }

    @GetMapping("/dashboard")
    String dashboard(@RequestParam(required = false) LocalDate day, @RequestParam(required = false) String done,
                     @RequestParam(required = false) String preview, @RequestParam(required = false) String room,
                     @RequestParam(required = false) String start, Model model, Locale locale) {
        Edition edition = schedule.edition();
        ZoneId zone = zone(edition);
        List<LocalDate> days = days(edition);
        LocalDate shown = day != null ? day : days.get(0);
        List<Room> rooms = schedule.rooms().values().stream()
                .sorted(java.util.Comparator.comparing(Room::name)).toList();
        List<Conflict> conflicts = schedule.conflicts();
        model.addAttribute("grid", DashboardGrid.of(shown, zone, rooms, sessions.all(), schedule.tracks(),
                conflicts, signups::seatsTaken));
        model.addAttribute("days", days);
        model.addAttribute("day", shown);
        model.addAttribute("conflicts", conflicts);
        model.addAttribute("pending", releases.pendingChanges());
        model.addAttribute("version", releases.latest().map(Release::version).orElse(0));
        model.addAttribute("registrations", registrationCounts());
        model.addAttribute("deliveries", deliveries.counts());
        model.addAttribute("done", done);
        model.addAttribute("lang", locale.getLanguage());
        if (preview != null && room != null && start != null) {
            sessions.find(preview).ifPresent(s -> {
                model.addAttribute("previewSession", s);
                model.addAttribute("previewRoom", room);
                model.addAttribute("previewStart", start);
                model.addAttribute("previewConflicts", schedule.conflictsIfMoved(moved(s, room, shown, start, zone)));
            });
        }
        return "dashboard";
    }

    /** Conflicts a move would bring, without saving it (for the drag and drop). */
    @PostMapping("/dashboard/sessions/{id}/preview")
    @ResponseBody
    Map<String, Object> preview(@PathVariable String id, @RequestBody MoveRequest move) {
        Session session = session(id);
        return Map.of("conflicts", schedule.conflictsIfMoved(moved(session, move.roomId(), move.day(),
                move.start(), zone(schedule.edition()))));
    }

    /** Moves the session; without {@code confirm}, a move that brings conflicts is shown first, not saved. */
    @PostMapping("/dashboard/sessions/{id}/move")
    String move(@PathVariable String id, @RequestParam String roomId, @RequestParam LocalDate day,
                @RequestParam String start, @RequestParam(defaultValue = "false") boolean confirm,
                @RequestParam(defaultValue = "fr") String lang) {
        Session session = session(id);
        Session moved = moved(session, roomId, day, start, zone(schedule.edition()));
        UriComponentsBuilder back = UriComponentsBuilder.fromPath("/dashboard").queryParam("day", day)
                .queryParam("lang", lang);
        if (!confirm && !schedule.conflictsIfMoved(moved).isEmpty()) {
            return "redirect:" + back.queryParam("preview", id).queryParam("room", roomId)
                    .queryParam("start", start).toUriString();
        }
        sessions.change(id, new SessionRequest(null, null, roomId, moved.start().atZone(java.time.ZoneOffset.UTC)
                .toOffsetDateTime(), moved.end().atZone(java.time.ZoneOffset.UTC).toOffsetDateTime(), null, null,
                null, null, null, null));
        return "redirect:" + back.queryParam("done", "moved").toUriString();
    }

    @PostMapping("/dashboard/publish")
    String publish(@RequestParam(required = false) LocalDate day, @RequestParam(defaultValue = "fr") String lang) {
        String done;
        try {
            done = "published-" + releases.publish().version();
        } catch (ErrorResponseException refused) {
            done = "refused";
        }
        return "redirect:" + UriComponentsBuilder.fromPath("/dashboard").queryParamIfPresent("day",
                java.util.Optional.ofNullable(day)).queryParam("lang", lang).queryParam("done", done).toUriString();
    }

    record MoveRequest(String roomId, LocalDate day, String start) {
    }

    private Session session(String id) {
        return sessions.find(id).filter(s -> !s.cancelled())
                .orElseThrow(() -> Problems.notFound("No session " + id + "."));
    }

    private static Session moved(Session s, String roomId, LocalDate day, String start, ZoneId zone) {
        List<FieldProblem> problems = new ArrayList<>();
        if (day == null) {
            problems.add(new FieldProblem("day", "must not be null"));
        }
        LocalTime time = timeOfDay(start);
        if (time == null) {
            problems.add(new FieldProblem("start", "must be a time of day such as 09:00"));
        }
        if (!problems.isEmpty()) {
            throw Problems.invalid(problems);
        }
        return s.movedTo(roomId, day.atTime(time).atZone(zone).toInstant());
    }

    private static LocalTime timeOfDay(String text) {
        try {
            return text == null ? null : LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static ZoneId zone(Edition edition) {
        return edition == null ? ZoneId.of("Europe/Paris") : edition.zone();
    }

    private static List<LocalDate> days(Edition edition) {
        if (edition == null) {
            return List.of(LocalDate.now(ZoneId.of("Europe/Paris")));
        }
        return new ArrayList<>(edition.start().datesUntil(edition.end().plusDays(1)).toList());
    }

    /** Registrations per ticket type and status, from agenda-service's copy of the registration events. */
    private Map<String, Map<String, Long>> registrationCounts() {
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        attendees.all().forEach(a -> counts.computeIfAbsent(String.valueOf(a.ticketType()), t -> new TreeMap<>())
                .merge(String.valueOf(a.status()), 1L, Long::sum));
        return counts;
    }
}
