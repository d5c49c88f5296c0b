package org.nec.events.notification;

import java.time.Instant;

import org.nec.events.DomainEvent;

/** A message left for its recipient's mail server. */
public record NotificationSent(String notificationId, String type, String recipient, String subject, Instant sentAt)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return notificationId;
    }
}
