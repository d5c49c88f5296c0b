package org.nec.agenda.console;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.validation.Validator;
import org.nec.platform.web.FieldProblem;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * Runs a console form through the same checks as the JSON API: the request record's bean validation, then the
 * feature's own rules, which refuse with problem details. Either way the organiser reads what is wrong per field.
 */
@Component
public class Forms {

    private final Validator validator;
    private final MessageSource messages;

    Forms(Validator validator, MessageSource messages) {
        this.validator = validator;
        this.messages = messages;
    }

    /** Errors of the form named {@code form} (its own messages first, see {@link FormErrors}). */
    public FormErrors errors(Locale locale, String form) {
        return new FormErrors(messages, locale, form, null);
    }

    /** Errors of one of several forms of a kind on a page: their fields' ids end with {@code -suffix}. */
    public FormErrors errors(Locale locale, String form, String suffix) {
        return new FormErrors(messages, locale, form, suffix);
    }

    /**
     * Validates {@code request}, then runs {@code action} if neither it nor {@code errors} (what reading the form
     * found) has a problem. Empty when something was wrong; {@code errors} then says what.
     */
    public <T> Optional<T> submit(Object request, FormErrors errors, Supplier<T> action) {
        validator.validate(request).stream()
                .sorted(java.util.Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> errors.add(new FieldProblem(v.getPropertyPath().toString(), v.getMessage())));
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(action.get());
        } catch (ErrorResponseException refused) {
            refusal(refused, errors);
            return Optional.empty();
        }
    }

    /** A refusal of the feature's rules, as form errors. */
    @SuppressWarnings("unchecked")
    public static void refusal(ErrorResponseException refused, FormErrors errors) {
        var properties = refused.getBody().getProperties();
        Object fields = properties == null ? null : properties.get("errors");
        if (refused.getStatusCode().value() == HttpStatus.BAD_REQUEST.value() && fields instanceof List<?> list) {
            errors.addAll((List<FieldProblem>) list);
        } else if (refused.getStatusCode().value() == HttpStatus.NOT_FOUND.value()) {
            errors.general("console.error.notFound");
        } else {
            errors.general("console.error.conflict");
        }
    }
}
