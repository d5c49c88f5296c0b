package org.nec.agenda.session;

import java.util.List;
import java.util.Locale;

import org.nec.agenda.edition.Text;
import org.nec.events.Language;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Conflicts in the organiser's language for the pages ({@code conflict.<CODE>} with the conflict's arguments,
 * titles in that language); the JSON API keeps the English {@link Conflict#message()}.
 */
@Component
public class ConflictTexts {

    private final MessageSource messages;

    ConflictTexts(MessageSource messages) {
        this.messages = messages;
    }

    public String of(Conflict conflict, Locale locale) {
        Object[] arguments = conflict.arguments().stream()
                .map(a -> a instanceof Text text ? text.in(Language.of(locale)) : a)
                .toArray();
        return messages.getMessage("conflict." + conflict.code(), arguments, conflict.message(), locale);
    }

    /** The conflicts as the page shows them, with the API's fields and the text. */
    public List<Shown> shown(List<Conflict> conflicts, Locale locale) {
        return conflicts.stream().map(c -> new Shown(c.code(), c.message(), c.sessionIds(), of(c, locale))).toList();
    }

    /** A conflict with its text in the organiser's language. */
    public record Shown(String code, String message, List<String> sessionIds, String text) {
    }
}
