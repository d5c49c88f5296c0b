package org.nec.events.notification;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.nec.events.DomainEvent;

/**
 * A message left for its recipient's mail server. {@code recipient} stays with the producer: it is not written on
 * the topic, where an erased person's address would outlive them (events of earlier builds that carry it still
 * read).
 */
public record NotificationSent(String notificationId, String type,
                               @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) String recipient,
                               String subject, Instant sentAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return notificationId;
    }
}
