package org.nec.events;

/** The wire name of an event, the record it maps to, and the version of its payload schema. */
public record EventType(String name, Class<? extends DomainEvent> payloadType, int schemaVersion) {
}
