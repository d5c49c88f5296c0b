package org.nec.agenda.session;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A text in both languages of the event. */
public record Text(@NotBlank @Size(max = 300) String fr, @NotBlank @Size(max = 300) String en) {
}
