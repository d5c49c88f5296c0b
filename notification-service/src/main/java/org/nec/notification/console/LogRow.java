package org.nec.notification.console;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.nec.notification.message.Notification;
import org.nec.notification.message.NotificationStatus;
import org.nec.notification.message.Notifications;

/**
 * One message as the console shows it. An erased person's messages show no address: the log holds none, only a
 * placeholder, which is not shown as if it were one.
 */
record LogRow(String id, String type, boolean erased, String recipient, String status, String due, String dueIso,
              String sent, String sentIso, String subject, int attempts, String lastError, boolean retryable) {

    private static final int LONGEST_ERROR = 300;

    static LogRow of(Notification message, DateTimeFormatter format) {
        boolean erased = Notifications.ERASED.equals(message.recipient());
        return new LogRow(message.id(), message.type().name(), erased, erased ? null : message.recipient(),
                message.status().name(), shown(message.dueAt(), format), iso(message.dueAt()),
                shown(message.sentAt(), format), iso(message.sentAt()), message.subject(), message.attempts(),
                shorter(message.lastError()), message.status() == NotificationStatus.FAILED && !erased);
    }

    private static String shown(Instant at, DateTimeFormatter format) {
        return at == null ? null : format.format(at);
    }

    private static String iso(Instant at) {
        return at == null ? null : at.toString();
    }

    /** A mail server's answer can be long: the start of it says what went wrong. */
    private static String shorter(String error) {
        return error == null || error.length() <= LONGEST_ERROR ? error : error.substring(0, LONGEST_ERROR) + "…";
    }
}
