package org.nec.agenda.session;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import org.nec.platform.web.MergePatches;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ObjectNode;

@RestController
class SessionController {

    private final Sessions sessions;
    private final Conflicts conflicts;
    private final MergePatches patches;

    SessionController(Sessions sessions, Conflicts conflicts, MergePatches patches) {
        this.sessions = sessions;
        this.conflicts = conflicts;
        this.patches = patches;
    }

    @PostMapping("/api/admin/sessions")
    ResponseEntity<Saved> create(@Valid @RequestBody SessionRequest request) {
        Session session = sessions.create(request);
        return ResponseEntity.created(URI.create("/api/admin/sessions/" + session.id()))
                .body(new Saved(session.id(), conflicts.of(session.id())));
    }

    /**
     * A JSON merge patch (RFC 7396): a field left out stays as it is, {@code null} clears one of the optional
     * fields (see {@link Sessions#change(String, SessionRequest, Set)}).
     */
    @PatchMapping("/api/admin/sessions/{id}")
    Saved change(@PathVariable String id, @io.swagger.v3.oas.annotations.parameters.RequestBody(content =
            @Content(schema = @Schema(implementation = SessionRequest.class))) @RequestBody ObjectNode patch) {
        MergePatches.MergePatch<SessionRequest> change = patches.read(patch, SessionRequest.class);
        sessions.change(id, change.values(), change.cleared());
        return new Saved(id, conflicts.of(id));
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
