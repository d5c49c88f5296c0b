package org.nec.agenda.console;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.nec.platform.web.FieldProblem;

/** Reading what a form's fields hold: an empty field is no value; a malformed one is a problem of that field. */
public final class Fields {

    private Fields() {
    }

    public static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public static Integer number(String field, String value, List<FieldProblem> problems) {
        String text = text(value);
        try {
            return text == null ? null : Integer.valueOf(text);
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, "must be a whole number"));
            return null;
        }
    }

    public static LocalDate date(String field, String value, List<FieldProblem> problems) {
        String text = text(value);
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "must be a date such as 2026-12-03"));
            return null;
        }
    }

    public static LocalTime time(String field, String value, List<FieldProblem> problems) {
        String text = text(value);
        try {
            return text == null ? null : LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "must be a time of day such as 09:00"));
            return null;
        }
    }
}
