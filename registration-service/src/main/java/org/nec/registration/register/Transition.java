package org.nec.registration.register;

import org.nec.events.DomainEvent;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * One conditional change of a registration's document: applied only where {@code condition} still holds, so a
 * retry or a concurrent attempt changes nothing more. {@code change} carries the event it tells the other services
 * (in the outbox field), written by the same update; {@code event} is that event, or null for a change nobody else
 * needs to know about.
 */
public record Transition(String registrationId, Query condition, Update change, DomainEvent event) {
}
