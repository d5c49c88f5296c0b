package org.nec.agenda.session;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import org.nec.agenda.schedule.Conflict;
import org.nec.agenda.schedule.Schedule;
import org.nec.platform.web.FieldProblem;
import org.nec.platform.web.Problems;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

@RestController
class SessionController {

    private final Sessions sessions;
    private final Schedule schedule;
    private final JsonMapper json;
    private final Validator validator;

    SessionController(Sessions sessions, Schedule schedule, JsonMapper json, Validator validator) {
        this.sessions = sessions;
        this.schedule = schedule;
        this.json = json;
        this.validator = validator;
    }

    @PostMapping("/api/admin/sessions")
    ResponseEntity<Saved> create(@Valid @RequestBody SessionRequest request) {
        Session session = sessions.create(request);
        return ResponseEntity.created(URI.create("/api/admin/sessions/" + session.id()))
                .body(new Saved(session.id(), schedule.conflictsOf(session.id())));
    }

    /**
     * A JSON merge patch (RFC 7396): a field left out stays as it is, {@code null} clears one of the optional
     * fields ({@link Sessions#REMOVABLE}).
     */
    @PatchMapping("/api/admin/sessions/{id}")
    Saved change(@PathVariable String id, @io.swagger.v3.oas.annotations.parameters.RequestBody(content =
            @Content(schema = @Schema(implementation = SessionRequest.class))) @RequestBody ObjectNode patch) {
        SessionRequest change;
        try {
            change = json.treeToValue(patch, SessionRequest.class);
        } catch (DatabindException e) {
            throw Problems.invalid(List.of(Problems.wrongType(e)));
        }
        List<FieldProblem> problems = validator.validate(change).stream()
                .map(v -> new FieldProblem(field(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::message)).toList();
        if (!problems.isEmpty()) {
            throw Problems.invalid(problems);
        }
        Set<String> removed = Sessions.REMOVABLE.stream()
                .filter(field -> patch.has(field) && patch.get(field).isNull()).collect(Collectors.toSet());
        sessions.change(id, change, removed);
        return new Saved(id, schedule.conflictsOf(id));
    }

    /** The field a violation is about, named as in the JSON body: {@code title.fr}, {@code speakerIds[0]}. */
    private static String field(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.isInIterable()) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return field.toString();
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
