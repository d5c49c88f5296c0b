package org.nec.agenda.edition;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.nec.events.Language;

/** A text in both languages of the event. */
public record Text(@NotBlank @Size(max = 300) @Pattern(regexp = PRINTABLE, message = NOT_PRINTABLE) String fr,
                   @NotBlank @Size(max = 300) @Pattern(regexp = PRINTABLE, message = NOT_PRINTABLE) String en) {

    /**
     * Any text but control characters other than tab, line feed and carriage return (and U+FFFE, U+FFFF):
     * XML cannot carry them, and they come from pasting, not from typing.
     */
    public static final String PRINTABLE = "[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF]*";

    public static final String NOT_PRINTABLE = "must not contain control characters";

    /** The text in {@code language}. */
    public String in(Language language) {
        return language.pick(fr, en);
    }
}
