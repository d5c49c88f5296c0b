package org.nec.notification.notification;

public enum NotificationStatus {
    SCHEDULED, SENT, FAILED, CANCELLED
}
