package org.nec.notification.message;

import java.util.Locale;

/** Every kind of message; the name is the delivery log's {@code type} and picks the template. */
public enum MessageType {
    REGISTRATION_CONFIRMED, REGISTRATION_WAITLISTED, REGISTRATION_PROMOTED, REGISTRATION_UPDATED,
    REGISTRATION_CANCELLED, MANAGE_LINK, ERASURE_CONFIRMED, SEAT_CONFIRMED, SEAT_WAITLISTED, SEAT_PROMOTED,
    EVENT_REMINDER, SESSION_REMINDER, SCHEDULE_CHANGED;

    /** The optional messages: a person can unsubscribe from them. */
    public boolean isReminder() {
        return this == EVENT_REMINDER || this == SESSION_REMINDER;
    }

    /** Template and message-key name: {@code registration-confirmed}. */
    public String template() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
