package org.nec.agenda.edition;

import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** This year's gathering: one document. */
@Document("edition")
public record Edition(@Id String id, String name, String venue, LocalDate start, LocalDate end, String timeZone) {

    public static final String CURRENT = "current";

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }
}
