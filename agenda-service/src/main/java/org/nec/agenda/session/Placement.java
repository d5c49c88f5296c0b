package org.nec.agenda.session;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nec.platform.web.FieldProblem;

/**
 * Where and when a session takes place is given whole or not at all: a room, a start and an end, or none of them
 * for a session that waits in the tray. Half a placement (a start without an end) is a mistake, not a draft. Pure.
 */
public final class Placement {

    static final String INCOMPLETE = "must be given with roomId, start and end, or leave all three out";

    private Placement() {
    }

    /** A problem for each missing part of a partial placement; none for a whole placement or none at all. */
    public static List<FieldProblem> problems(Object roomId, Object start, Object end) {
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("roomId", roomId);
        parts.put("start", start);
        parts.put("end", end);
        return problems(parts);
    }

    /** The same rule over the parts a form names (a day and times of day, say), by field. */
    public static List<FieldProblem> problems(Map<String, Object> parts) {
        List<FieldProblem> problems = new ArrayList<>();
        if (parts.values().stream().anyMatch(java.util.Objects::nonNull)) {
            parts.forEach((field, value) -> {
                if (value == null) {
                    problems.add(new FieldProblem(field, INCOMPLETE));
                }
            });
        }
        return problems;
    }
}
