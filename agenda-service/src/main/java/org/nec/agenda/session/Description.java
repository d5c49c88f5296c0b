package org.nec.agenda.session;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a session is about, in both languages of the event: longer than a {@link Text}. */
public record Description(@NotBlank @Size(max = 4000) String fr, @NotBlank @Size(max = 4000) String en) {
}
