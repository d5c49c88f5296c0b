package org.nec.notification.session;

import java.time.Instant;

import org.nec.events.Language;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** notification-service's copy of a published session, from {@code SessionChanged}; {@code version} is its release. */
@Document("sessions")
public record SessionCopy(@Id String sessionId, String titleFr, String titleEn, String roomName, Instant start,
                          Instant end, boolean cancelled, Integer version, Instant lastEventAt, String lastEventId) {

    public String title(String language) {
        return Language.of(language).pick(titleFr, titleEn);
    }
}
