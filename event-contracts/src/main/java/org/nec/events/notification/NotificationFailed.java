package org.nec.events.notification;

import java.time.Instant;

import org.nec.events.DomainEvent;

/** A message given up on after its retries; {@code reason} is what the mail server last said. */
public record NotificationFailed(String notificationId, String type, String recipient, String reason,
                                 Instant failedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return notificationId;
    }
}
