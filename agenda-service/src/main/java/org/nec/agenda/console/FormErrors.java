package org.nec.agenda.console;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.nec.platform.web.FieldProblem;
import org.springframework.context.MessageSource;

/**
 * What was wrong with a console form, in the organiser's words: one message per field (by the id of the field's
 * input, so the error summary can link to it), or one about the whole form. The message of field {@code f} of form
 * {@code x} is {@code console.error.x.f}, else {@code console.error.f}, else the API's own English words.
 */
public final class FormErrors {

    private final MessageSource messages;
    private final Locale locale;
    private final String form;
    private final String suffix;
    private final Map<String, String> byField = new LinkedHashMap<>();
    private String general;

    FormErrors(MessageSource messages, Locale locale, String form, String suffix) {
        this.messages = messages;
        this.locale = locale;
        this.form = form;
        this.suffix = suffix;
    }

    /** No errors, for a page shown before anything was sent. */
    public static FormErrors none() {
        return new FormErrors(null, Locale.FRENCH, null, null);
    }

    /** The id of a field's input: {@code title.fr} → {@code title-fr}; a list's items share their list's id. */
    static String fieldId(String field) {
        int item = field.indexOf('[');
        String base = item < 0 ? field : field.substring(0, item);
        return base.replace('.', '-');
    }

    public void add(FieldProblem problem) {
        String field = fieldId(problem.field());
        String id = suffix == null ? field : field + "-" + suffix;
        String general = messages.getMessage("console.error." + field, null, problem.message(), locale);
        byField.putIfAbsent(id, messages.getMessage("console.error." + form + "." + field, null, general, locale));
    }

    public void addAll(List<FieldProblem> problems) {
        problems.forEach(this::add);
    }

    /** A problem with the whole form, by the key of its message. */
    public void general(String key, Object... arguments) {
        general = messages.getMessage(key, arguments, locale);
    }

    public boolean isEmpty() {
        return byField.isEmpty() && general == null;
    }

    public boolean has(String id) {
        return byField.containsKey(id);
    }

    public String of(String id) {
        return byField.get(id);
    }

    public Map<String, String> byField() {
        return Collections.unmodifiableMap(byField);
    }

    public String general() {
        return general;
    }
}
