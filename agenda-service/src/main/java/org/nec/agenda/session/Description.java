package org.nec.agenda.session;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.nec.agenda.edition.Text;

/**
 * What a session is about, in both languages of the event: longer than a {@link Text}, and likewise without
 * control characters.
 */
public record Description(
        @NotBlank @Size(max = 4000) @Pattern(regexp = Text.PRINTABLE, message = Text.NOT_PRINTABLE) String fr,
        @NotBlank @Size(max = 4000) @Pattern(regexp = Text.PRINTABLE, message = Text.NOT_PRINTABLE) String en) {
}
