package org.nec.events.notification;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.nec.events.DomainEvent;

/**
 * A message given up on after its retries; {@code reason} is what the mail server last said. {@code recipient} is
 * not written on the topic, as in {@link NotificationSent}.
 */
public record NotificationFailed(String notificationId, String type,
                                 @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) String recipient,
                                 String reason, Instant failedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return notificationId;
    }
}
