package org.nec.agenda.edition;

import java.time.LocalDate;
import java.time.ZoneId;

import org.nec.events.EditionZone;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** This year's gathering: one document. */
@Document("edition")
public record Edition(@Id String id, String name, String venue, LocalDate start, LocalDate end, String timeZone) {

    public static final String CURRENT = "current";

    /** The first day an edition or a session may take place. */
    public static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);

    /** The last day an edition or a session may take place. */
    public static final LocalDate LAST_DAY = LocalDate.of(2100, 12, 31);

    /** The longest an edition may last, in days: the pages and exports lay out every one of them. */
    public static final int MAX_DAYS = 31;

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    /** Where the edition's times are read: in its zone, or in the default one while there is no edition. */
    public static ZoneId zoneOf(Edition edition) {
        return edition == null ? EditionZone.DEFAULT : edition.zone();
    }
}
