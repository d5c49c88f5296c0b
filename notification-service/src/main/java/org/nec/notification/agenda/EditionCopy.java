package org.nec.notification.agenda;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** When the edition starts, from {@code SchedulePublished}: the event reminder is due before it. */
@Document("edition")
public record EditionCopy(@Id String id, String name, String timeZone, Instant startsAt, Instant lastEventAt,
                          String lastEventId) {

    public static final String CURRENT = "current";
}
