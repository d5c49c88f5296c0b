package org.nec.agenda.programme;

import java.util.List;
import java.util.Map;

import org.nec.agenda.attendee.AttendeeProjection;
import org.nec.agenda.edition.Editions;
import org.nec.agenda.schedule.PublishedSession;
import org.nec.agenda.schedule.Release;
import org.nec.agenda.schedule.Releases;
import org.nec.agenda.signup.HeldSession;
import org.nec.agenda.signup.SignupStatus;
import org.nec.agenda.signup.Signups;
import org.nec.calendar.CalendarEntry;
import org.nec.calendar.ICalendars;
import org.nec.events.Language;
import org.nec.platform.web.Problems;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The published programme for calendars and conference apps, and each attendee's own calendar feed. */
@RestController
class ExportController {

    private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final Releases releases;
    private final Signups signups;
    private final AttendeeProjection attendees;
    private final Editions editions;
    private final String publicUrl;

    ExportController(Releases releases, Signups signups, AttendeeProjection attendees, Editions editions,
                     @Value("${nec.agenda.public-url:http://127.0.0.1:8080}") String publicUrl) {
        this.publicUrl = publicUrl;
        this.releases = releases;
        this.signups = signups;
        this.attendees = attendees;
        this.editions = editions;
    }

    @GetMapping("/programme.ics")
    ResponseEntity<String> programmeCalendar(@RequestParam(defaultValue = "fr") String lang) {
        return ResponseEntity.ok().contentType(CALENDAR)
                .body(ICalendars.of(entries(sessions(), Language.of(lang)), lang, "Programme"));
    }

    @GetMapping(path = "/schedule.xml", produces = "application/xml;charset=UTF-8")
    String frabXml() {
        return FrabXml.write(view());
    }

    @GetMapping(path = "/schedule.json", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> frabJson() {
        return FrabJson.of(view(), publicUrl);
    }

    /** The attendee's sessions; the token in the URL lets calendar apps subscribe to it. */
    @GetMapping("/agenda/{registrationId}.ics")
    ResponseEntity<String> attendeeCalendar(@PathVariable String registrationId, @RequestParam String token) {
        var attendee = attendees.confirmedWithToken(registrationId, token)
                .orElseThrow(() -> Problems.notFound("No confirmed registration with this id and token."));
        List<PublishedSession> held = signups.agendaOf(registrationId).stream()
                .filter(h -> h.signup().status() == SignupStatus.SEATED)
                .map(HeldSession::session).toList();
        Language language = Language.of(attendee.language());
        return ResponseEntity.ok().contentType(CALENDAR).header("Referrer-Policy", "no-referrer")
                .body(ICalendars.of(entries(held, language), language.code(), "Agenda"));
    }

    private static List<CalendarEntry> entries(List<PublishedSession> sessions, Language language) {
        return sessions.stream().map(s -> {
            String description = String.join(", ", s.peopleNames());
            if (s.description() != null) {
                description = language.pick(s.description().fr(), s.description().en())
                        + (description.isEmpty() ? "" : "\n\n" + description);
            }
            return CalendarEntry.of(s.id(), s.start(), s.end(), s.title().in(language))
                    .at(s.roomName()).describedAs(description);
        }).toList();
    }

    private List<PublishedSession> sessions() {
        return releases.latest().map(Release::sessions).orElse(List.of());
    }

    private ProgrammeView view() {
        return ProgrammeView.of(releases.latest().map(Release::version).orElse(0),
                editions.current().orElse(null), sessions());
    }
}
