package org.nec.agenda.dashboard;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.nec.agenda.attendee.AttendeeProjection;
import org.nec.agenda.edition.Edition;
import org.nec.agenda.edition.Editions;
import org.nec.agenda.room.Room;
import org.nec.agenda.room.Rooms;
import org.nec.agenda.schedule.Release;
import org.nec.agenda.schedule.Releases;
import org.nec.agenda.session.Conflict;
import org.nec.agenda.session.ConflictTexts;
import org.nec.agenda.session.Conflicts;
import org.nec.agenda.session.Sessions;
import org.nec.agenda.signup.Signups;
import org.nec.agenda.track.Tracks;
import org.nec.events.EditionZone;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The organiser's dashboard: one day as a grid of rooms and half hours (moves in {@link MoveController}), the
 * tray of sessions still to place, conflicts in the organiser's language, fill rates, mail delivery, what
 * publishing would change and whom it would write to, and the publish button.
 */
@Controller
class DashboardController {

    private final Sessions sessions;
    private final Conflicts conflicts;
    private final Editions editions;
    private final Rooms rooms;
    private final Tracks tracks;
    private final Releases releases;
    private final Signups signups;
    private final AttendeeProjection attendees;
    private final Deliveries deliveries;
    private final PublishPreview publishPreview;
    private final ConflictTexts conflictTexts;

    DashboardController(Sessions sessions, Conflicts conflicts, Editions editions, Rooms rooms, Tracks tracks,
                        Releases releases, Signups signups, AttendeeProjection attendees, Deliveries deliveries,
                        PublishPreview publishPreview, ConflictTexts conflictTexts) {
        this.sessions = sessions;
        this.conflicts = conflicts;
        this.editions = editions;
        this.rooms = rooms;
        this.tracks = tracks;
        this.releases = releases;
        this.signups = signups;
        this.attendees = attendees;
        this.deliveries = deliveries;
        this.publishPreview = publishPreview;
        this.conflictTexts = conflictTexts;
    }

    @GetMapping("/dashboard")
    String dashboard(@RequestParam(required = false) LocalDate day, @RequestParam(required = false) String done,
                     @RequestParam(required = false) String preview, @RequestParam(required = false) String room,
                     @RequestParam(required = false) String start, @RequestParam(required = false) Integer duration,
                     Model model, Locale locale) {
        Edition edition = editions.current().orElse(null);
        ZoneId zone = Edition.zoneOf(edition);
        List<LocalDate> days = days(edition);
        LocalDate shown = day != null ? day : days.get(0);
        List<Room> columns = rooms.byId().values().stream().sorted(Comparator.comparing(Room::name)).toList();
        List<Conflict> found = conflicts.all();
        Optional<Release> latest = releases.latest();
        model.addAttribute("grid", DashboardGrid.of(shown, zone, columns, sessions.all(), tracks.byId(),
                found, signups::seatsTaken));
        model.addAttribute("tray", sessions.unplaced());
        model.addAttribute("defaultDuration", Move.DEFAULT_MINUTES);
        model.addAttribute("days", days);
        model.addAttribute("day", shown);
        model.addAttribute("conflicts", conflictTexts.shown(found, locale));
        model.addAttribute("pending", publishPreview.pending());
        model.addAttribute("version", latest.map(Release::version).orElse(0));
        model.addAttribute("sessionFills", FillRates.sessions(latest.map(Release::sessions).orElse(List.of()),
                signups::seatsTaken));
        model.addAttribute("ticketFills", FillRates.tickets(attendees.all()));
        model.addAttribute("deliveries", deliveries.counts());
        model.addAttribute("done", done);
        model.addAttribute("lang", locale.getLanguage());
        if (preview != null && room != null && start != null) {
            sessions.find(preview).filter(s -> !s.cancelled()).ifPresent(s -> {
                model.addAttribute("previewSession", s);
                model.addAttribute("previewRoom", room);
                model.addAttribute("previewStart", start);
                model.addAttribute("previewDuration", duration);
                model.addAttribute("previewConflicts", conflictTexts.shown(conflicts.ifMoved(
                        new Move(room, shown, start, duration).applyTo(s, zone)), locale));
            });
        }
        return "dashboard";
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
                Optional.ofNullable(day)).queryParam("lang", lang).queryParam("done", done).toUriString();
    }

    private static List<LocalDate> days(Edition edition) {
        if (edition == null) {
            return List.of(LocalDate.now(EditionZone.DEFAULT));
        }
        return new ArrayList<>(edition.start().datesUntil(edition.end().plusDays(1)).toList());
    }
}
