package org.nec.notification.agenda;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** notification-service's copy of a published session, from {@code SessionChanged}; {@code version} is its release. */
@Document("sessions")
public record SessionCopy(@Id String sessionId, String titleFr, String titleEn, String roomName, Instant start,
                          Instant end, boolean cancelled, Integer version, Instant lastEventAt, String lastEventId) {

    public String title(String language) {
        return "en".equals(language) ? titleEn : titleFr;
    }
}
