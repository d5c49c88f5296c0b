package org.nec.registration.page;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nec.platform.web.FieldProblem;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Field errors of a page form, keyed by the form field's id, with a message key of the page's own (so the
 * message reads well in both languages). Empty when the form is fine.
 */
public final class PageErrors {

    private final Map<String, String> byField = new LinkedHashMap<>();

    public void add(String field, String messageKey) {
        byField.putIfAbsent(field, messageKey);
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public Map<String, String> byField() {
        return byField;
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    /** Takes the bad fields of an API problem (400) and names them as the form does. */
    @SuppressWarnings("unchecked")
    public void addAll(ErrorResponseException problem) {
        ProblemDetail body = problem.getBody();
        Object errors = body.getProperties() == null ? null : body.getProperties().get("errors");
        if (errors instanceof List<?> list) {
            for (Object item : list) {
                FieldProblem fieldProblem = (FieldProblem) item;
                String field = fieldProblem.field().startsWith("answers.")
                        ? "q-" + fieldProblem.field().substring("answers.".length()) : fieldProblem.field();
                add(field, field.startsWith("q-") ? "error.answer" : "error." + field);
            }
        }
    }
}
