package org.nec.agenda.dashboard;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.nec.agenda.edition.Editions;
import org.nec.agenda.session.ConflictTexts;
import org.nec.agenda.session.Conflicts;
import org.nec.agenda.session.Session;
import org.nec.agenda.session.SessionRequest;
import org.nec.agenda.session.Sessions;
import org.nec.platform.web.Problems;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Moving a session on the grid, or placing one from the tray (which takes a duration: it has no length yet), by
 * drag and drop or by the forms. The conflicts a move would bring are shown before it is saved. A move of an
 * unknown session answers 404, a move to a malformed day or time 400.
 */
@Controller
class MoveController {

    private final Sessions sessions;
    private final Conflicts conflicts;
    private final Editions editions;
    private final ConflictTexts conflictTexts;

    MoveController(Sessions sessions, Conflicts conflicts, Editions editions, ConflictTexts conflictTexts) {
        this.sessions = sessions;
        this.conflicts = conflicts;
        this.editions = editions;
        this.conflictTexts = conflictTexts;
    }

    /** Conflicts a move would bring, without saving it (for the drag and drop), also in the page's language. */
    @PostMapping("/dashboard/sessions/{id}/preview")
    @ResponseBody
    Map<String, List<ConflictTexts.Shown>> preview(@PathVariable String id, @RequestBody Move move, Locale locale) {
        Session moved = move.applyTo(session(id), editions.zone());
        return Map.of("conflicts", conflictTexts.shown(conflicts.ifMoved(moved), locale));
    }

    /** Moves the session; without {@code confirm}, a move that brings conflicts is shown first, not saved. */
    @PostMapping("/dashboard/sessions/{id}/move")
    String move(@PathVariable String id, @RequestParam String roomId, @RequestParam LocalDate day,
                @RequestParam String start, @RequestParam(required = false) Integer duration,
                @RequestParam(defaultValue = "false") boolean confirm, @RequestParam(defaultValue = "fr") String lang) {
        Session session = session(id);
        Move move = new Move(roomId, day, start, duration);
        Session moved = move.applyTo(session, editions.zone());
        UriComponentsBuilder back = UriComponentsBuilder.fromPath("/dashboard").queryParam("day", day)
                .queryParam("lang", lang);
        if (!confirm && !conflicts.ifMoved(moved).isEmpty()) {
            return "redirect:" + back.queryParam("preview", id).queryParam("room", roomId)
                    .queryParam("start", start).queryParamIfPresent("duration", java.util.Optional.ofNullable(duration))
                    .toUriString();
        }
        sessions.change(id, new SessionRequest(null, null, roomId, moved.start().atOffset(ZoneOffset.UTC),
                moved.end().atOffset(ZoneOffset.UTC), null, null, null, null, null, null));
        return "redirect:" + back.queryParam("done", session.placed() ? "moved" : "placed").toUriString();
    }

    private Session session(String id) {
        return sessions.find(id).filter(s -> !s.cancelled())
                .orElseThrow(() -> Problems.notFound("No session " + id + "."));
    }
}
