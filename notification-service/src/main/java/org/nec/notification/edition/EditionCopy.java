package org.nec.notification.edition;

import java.time.Instant;
import java.time.ZoneId;

import org.nec.events.EditionZone;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The edition, from {@code SchedulePublished}: the event reminder is due before it starts, and the confirmation's
 * calendar entry spans its days.
 */
@Document("edition")
public record EditionCopy(@Id String id, String name, String timeZone, Instant startsAt, Instant endsAt,
                          String venue, Instant lastEventAt, String lastEventId) {

    public static final String CURRENT = "current";

    /** Where its times are told: its own time zone, or the default one while it names none. */
    public ZoneId zone() {
        return EditionZone.orDefault(timeZone == null ? null : ZoneId.of(timeZone));
    }
}
