package org.nec.agenda.session;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.nec.agenda.console.ConsolePages;
import org.nec.agenda.console.FormErrors;
import org.nec.agenda.console.Forms;
import org.nec.agenda.edition.Editions;
import org.nec.agenda.person.People;
import org.nec.agenda.room.Rooms;
import org.nec.agenda.track.Tracks;
import org.nec.platform.web.FieldProblem;
import org.nec.platform.web.Problems;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The console's sessions: the list, a new session (placed or left for the tray), a session's own page to change
 * it, deleting one. A saved session's page shows the conflicts it is part of, in the organiser's language.
 */
@Controller
class SessionPages {

    private static final String PATH = "/admin/programme/sessions";

    private final Sessions sessions;
    private final Conflicts conflicts;
    private final ConflictTexts conflictTexts;
    private final Editions editions;
    private final Rooms rooms;
    private final People people;
    private final Tracks tracks;
    private final Forms forms;

    SessionPages(Sessions sessions, Conflicts conflicts, ConflictTexts conflictTexts, Editions editions, Rooms rooms,
                 People people, Tracks tracks, Forms forms) {
        this.sessions = sessions;
        this.conflicts = conflicts;
        this.conflictTexts = conflictTexts;
        this.editions = editions;
        this.rooms = rooms;
        this.people = people;
        this.tracks = tracks;
        this.forms = forms;
    }

    @GetMapping(PATH)
    String list(@RequestParam(required = false) String done, Model model, Locale locale) {
        return showList(model, locale, done, SessionForm.EMPTY);
    }

    @PostMapping(PATH)
    String create(@ModelAttribute SessionForm form, Model model, Locale locale, HttpServletResponse response) {
        FormErrors errors = forms.errors(locale, "session");
        List<FieldProblem> unreadable = new ArrayList<>();
        SessionRequest request = form.request(zone(), unreadable);
        errors.addAll(unreadable);
        var created = forms.submit(request, errors, () -> sessions.create(request));
        if (created.isPresent()) {
            return ConsolePages.redirect(PATH + "/" + created.get().id(), locale, "created");
        }
        ConsolePages.refused(model, errors, response);
        return showList(model, locale, null, form);
    }

    @GetMapping(PATH + "/{id}")
    String session(@PathVariable String id, @RequestParam(required = false) String done, Model model,
                   Locale locale) {
        Session session = current(id);
        return showOne(model, locale, done, session, SessionForm.of(session, zone()));
    }

    @PostMapping(PATH + "/{id}")
    String change(@PathVariable String id, @ModelAttribute SessionForm form, Model model, Locale locale,
                  HttpServletResponse response) {
        Session session = current(id);
        FormErrors errors = forms.errors(locale, "session");
        List<FieldProblem> unreadable = new ArrayList<>();
        SessionRequest request = form.request(zone(), unreadable);
        errors.addAll(unreadable);
        if (forms.submit(request, errors, () -> sessions.change(id, request, form.cleared())).isPresent()) {
            return ConsolePages.redirect(PATH + "/" + id, locale, "saved");
        }
        ConsolePages.refused(model, errors, response);
        return showOne(model, locale, null, session, form);
    }

    @PostMapping(PATH + "/{id}/delete")
    String delete(@PathVariable String id, Locale locale) {
        sessions.cancel(id);
        return ConsolePages.redirect(PATH, locale, "deleted");
    }

    private String showList(Model model, Locale locale, String done, SessionForm form) {
        ZoneId zone = zone();
        model.addAttribute("sessions", sessions.all().stream().filter(s -> !s.cancelled())
                .sorted(Comparator.comparing(Session::placed).thenComparing(s -> s.start() == null
                        ? java.time.Instant.MIN : s.start()).thenComparing(Session::number))
                .map(s -> new Row(s, SessionForm.of(s, zone))).toList());
        return show(model, locale, done, form, "admin-sessions");
    }

    /** A session of the list, with its times as the form shows them. */
    record Row(Session session, SessionForm times) {
    }

    private String showOne(Model model, Locale locale, String done, Session session, SessionForm form) {
        model.addAttribute("edited", session);
        model.addAttribute("warnings", conflictTexts.shown(conflicts.of(session.id()), locale));
        return show(model, locale, done, form, "admin-session");
    }

    private String show(Model model, Locale locale, String done, SessionForm form, String view) {
        model.addAttribute("form", form);
        model.addAttribute("types", SessionType.values());
        model.addAttribute("rooms", rooms.all());
        model.addAttribute("people", people.all());
        model.addAttribute("tracks", tracks.all());
        model.addAttribute("roomNames", rooms.byId());
        ConsolePages.prepare(model, locale, done);
        return view;
    }

    private Session current(String id) {
        return sessions.find(id).filter(s -> !s.cancelled())
                .orElseThrow(() -> Problems.notFound("No session " + id + "."));
    }

    private ZoneId zone() {
        return editions.zone();
    }
}
