package org.nec.registration.question;

import java.util.List;

import org.nec.registration.tickettype.LocalizedText;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** An extra question the organiser asks on the registration form; answers are keyed by its {@code id}. */
@Document("questions")
public record Question(@Id String id, LocalizedText label, QuestionKind kind, List<Option> options, boolean required,
                       int position) {

    /** One choice of a single or multiple choice question. */
    public record Option(@jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Size(max = 40) String value,
                         @jakarta.validation.constraints.NotNull @jakarta.validation.Valid LocalizedText label) {
    }

    boolean offers(Object value) {
        return options.stream().anyMatch(o -> o.value().equals(value));
    }
}
