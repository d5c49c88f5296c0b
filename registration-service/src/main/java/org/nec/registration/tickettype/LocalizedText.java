package org.nec.registration.tickettype;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.nec.events.Language;

/** A text in both languages of the event. */
public record LocalizedText(@NotBlank @Size(max = 120) String fr, @NotBlank @Size(max = 120) String en) {

    public String in(String language) {
        return Language.of(language).pick(fr, en);
    }
}
