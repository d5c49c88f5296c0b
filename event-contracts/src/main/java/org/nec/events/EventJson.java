package org.nec.events;

import java.nio.charset.StandardCharsets;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The JSON form of an {@link EventEnvelope} on the wire. Thread-safe. */
public final class EventJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private EventJson() {
    }

    public static byte[] toBytes(EventEnvelope envelope) {
        return toJson(envelope).getBytes(StandardCharsets.UTF_8);
    }

    public static String toJson(EventEnvelope envelope) {
        try {
            return MAPPER.writeValueAsString(envelope);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("Cannot write event " + envelope.type(), e);
        }
    }

    public static EventEnvelope fromBytes(byte[] bytes) {
        if (bytes == null) {
            throw new MalformedEventException("Empty record", null);
        }
        return fromJson(new String(bytes, StandardCharsets.UTF_8));
    }

    public static EventEnvelope fromJson(String json) {
        try {
            JsonNode root = MAPPER.readTree(json);
            String type = requiredText(root, "type");
            JsonNode payloadNode = root.get("payload");
            if (!(payloadNode instanceof ObjectNode)) {
                throw new MalformedEventException("Event has no payload object", null);
            }
            DomainEvent payload = EventTypes.named(type)
                    .<DomainEvent>map(t -> MAPPER.treeToValue(payloadNode, t.payloadType()))
                    .orElseGet(() -> new UnrecognisedEvent(requiredText(root, "aggregateId"), type));
            return new EventEnvelope(requiredText(root, "eventId"), type, root.path("schemaVersion").asInt(1),
                    MAPPER.treeToValue(root.get("occurredAt"), java.time.Instant.class),
                    requiredText(root, "aggregateId"), payload);
        } catch (JacksonException | NullPointerException | IllegalArgumentException e) {
            throw new MalformedEventException("Not a readable event: " + e.getMessage(), e);
        }
    }

    private static String requiredText(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || !node.isString() || node.asString().isBlank()) {
            throw new MalformedEventException("Event has no " + field, null);
        }
        return node.asString();
    }
}
