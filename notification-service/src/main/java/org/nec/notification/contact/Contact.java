package org.nec.notification.contact;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * notification-service's own copy of whom to write to, from {@code registration.events}; {@code remindersOff}
 * when the person unsubscribed from reminders.
 */
@Document("contacts")
public record Contact(@Id String registrationId, String firstName, String email, String language, String status,
                      Boolean remindersOff, Instant lastEventAt, String lastEventId) {

    /** The registration's statuses, as its events name them and this copy stores them. */
    static final String CONFIRMED = "CONFIRMED";
    static final String WAITLISTED = "WAITLISTED";
    static final String CANCELLED = "CANCELLED";

    public boolean confirmed() {
        return CONFIRMED.equals(status);
    }

    public boolean waitlisted() {
        return WAITLISTED.equals(status);
    }

    public boolean unsubscribedFromReminders() {
        return Boolean.TRUE.equals(remindersOff);
    }
}
