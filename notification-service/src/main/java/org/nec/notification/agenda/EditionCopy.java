package org.nec.notification.agenda;

import java.time.Instant;
import java.time.ZoneId;

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
    /** Where times are told before the edition says its own time zone. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Paris");

    public ZoneId zone() {
        return timeZone == null ? DEFAULT_ZONE : ZoneId.of(timeZone);
    }
}
