package org.nec.notification.contact;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** notification-service's own copy of whom to write to, from {@code registration.events}. */
@Document("contacts")
public record Contact(@Id String registrationId, String firstName, String email, String language, String status,
                      Instant lastEventAt, String lastEventId) {
}
