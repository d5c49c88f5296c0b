package org.nec.events;

/**
 * Payload of an event whose type this build does not know yet (published by a newer producer). Consumers
 * skip it instead of failing, so producers can add event types without a lock-step release.
 */
public record UnrecognisedEvent(String aggregateId, String type) implements DomainEvent {
}
