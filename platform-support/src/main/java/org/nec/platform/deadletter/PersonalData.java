package org.nec.platform.deadletter;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Masks what identifies a person in an event's payload, so that an operator can look at it. */
final class PersonalData {

    static final String MASK = "***";

    private static final Set<String> PERSONAL = Set.of("firstName", "lastName", "email", "organisation", "name",
            "recipient", "manageUrl", "checkInCode", "answers", "phone");
    private static final Pattern ADDRESS = Pattern.compile("[^\\s@\"'<>]+@[^\\s@\"'<>]+");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PersonalData() {
    }

    /** The payload as readable text: JSON with personal fields masked, or any other bytes with addresses masked. */
    static String masked(byte[] payload) {
        if (payload == null) {
            return "";
        }
        try {
            JsonNode tree = JSON.readTree(payload);
            mask(tree);
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
        } catch (JacksonException notJson) {
            String text = new String(payload, StandardCharsets.UTF_8);
            return ADDRESS.matcher(text).replaceAll(MASK);
        }
    }

    private static void mask(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (String field : java.util.List.copyOf(object.propertyNames())) {
                if (PERSONAL.contains(field) && !object.get(field).isNull()) {
                    object.put(field, MASK);
                } else {
                    mask(object.get(field));
                }
            }
        } else if (node != null && node.isArray()) {
            node.forEach(PersonalData::mask);
        }
    }
}
