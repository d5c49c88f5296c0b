package org.nec.notification.message;

/** Where a message stands in the delivery log; stored and shown by name. */
public enum NotificationStatus {
    SCHEDULED, SENT, FAILED, CANCELLED
}
