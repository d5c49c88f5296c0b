package org.nec.agenda.session;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import org.nec.agenda.schedule.Conflict;
import org.nec.agenda.schedule.Schedule;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SessionController {

    private final Sessions sessions;
    private final Schedule schedule;

    SessionController(Sessions sessions, Schedule schedule) {
        this.sessions = sessions;
        this.schedule = schedule;
    }

    @PostMapping("/api/admin/sessions")
    ResponseEntity<Saved> create(@Valid @RequestBody SessionRequest request) {
        Session session = sessions.create(request);
        return ResponseEntity.created(URI.create("/api/admin/sessions/" + session.id()))
                .body(new Saved(session.id(), schedule.conflictsOf(session.id())));
    }

    @PatchMapping("/api/admin/sessions/{id}")
    Saved change(@PathVariable String id, @Valid @RequestBody SessionRequest request) {
        sessions.change(id, request);
        return new Saved(id, schedule.conflictsOf(id));
    }

    @DeleteMapping("/api/admin/sessions/{id}")
    Map<String, Object> cancel(@PathVariable String id) {
        sessions.cancel(id);
        return Map.of("id", id, "cancelled", true);
    }

    /** The saved session's id and the conflicts it is part of (warnings: saving is allowed). */
    record Saved(String id, List<Conflict> warnings) {
    }
}
