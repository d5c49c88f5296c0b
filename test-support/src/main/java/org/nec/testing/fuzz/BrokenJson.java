package org.nec.testing.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A valid JSON object broken in exactly one way: a value of the wrong type, a huge value, a control character,
 * bytes that are not UTF-8, or text that is not JSON at all.
 */
final class BrokenJson {

    private static final List<String> NOT_JSON = List.of("", "{", "}", "{\"a\":", "{'a':'b'}", "[1,2", "nul",
            "{\"a\":NaN}", "{\"a\":1}/*", "{\"a\" 1}", "{,}", "\"", "{\"a\":\"\\x41\"}", "{\"a\":\"\\u12\"}",
            "{\"a\":01}", "{\"a\":+1}", "{\"a\":.5}", "{\"a\":Infinity}", "\u0000", "{\"\u0000\":1}");
    private static final List<String> NOT_AN_OBJECT = List.of("null", "[]", "\"text\"", "123", "true", "[{}]");
    private static final List<String> HUGE_NUMBERS = List.of("1e400", "-1e400", "123456789012345678901234567890",
            "0.000000000000000000000000000000000000000001", "9223372036854775808", "1" + "0".repeat(5000),
            "1e-99999");
    private static final List<byte[]> NOT_UTF8 = List.of(new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xC3, 0x28},
            new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0xAF},
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80},
            new byte[] {(byte) 0xC0, (byte) 0x80}, new byte[] {(byte) 0x80});

    private static final String MARK = "@@NOT-UTF-8@@";

    private BrokenJson() {
    }

    static byte[] broken(Map<String, Object> template, Random random, List<String> what) {
        Map<String, Object> body = copy(template);
        List<List<String>> leaves = new ArrayList<>();
        leaves(body, new ArrayList<>(), leaves);
        List<String> leaf = leaves.isEmpty() ? List.of() : leaves.get(random.nextInt(leaves.size()));
        String field = String.join(".", leaf);
        switch (leaves.isEmpty() ? 0 : random.nextInt(8)) {
            case 0 -> {
                String text = random.nextBoolean() ? pick(random, NOT_JSON) : pick(random, NOT_AN_OBJECT);
                if (random.nextBoolean() && !text.isEmpty()) {
                    // at least two characters cut, so that no ending can complete the object again
                    String whole = write(body);
                    text = whole.substring(0, random.nextInt(whole.length() - 1)) + text;
                }
                what.add("not json " + MalformedRequests.abbreviate(text));
                return text.getBytes(StandardCharsets.UTF_8);
            }
            case 1, 2 -> {
                Object wrong = wrongType(get(body, leaf), random);
                set(body, leaf, wrong);
                what.add(field + " wrong type " + MalformedRequests.abbreviate(String.valueOf(wrong)));
            }
            case 3 -> {
                String raw = random.nextBoolean() ? pick(random, HUGE_NUMBERS) : deep(random);
                set(body, leaf, new Raw(raw));
                what.add(field + " huge " + MalformedRequests.abbreviate(raw));
            }
            case 4 -> {
                int length = random.nextBoolean() ? 300 + random.nextInt(1000) : 1000 + random.nextInt(70_000);
                set(body, leaf, "é".repeat(length));
                what.add(field + " long string " + length);
            }
            case 5 -> {
                String controls = MalformedRequests.CONTROLS;
                set(body, leaf, MalformedRequests.withControl(String.valueOf(get(body, leaf)), random));
                what.add(field + " control char");
            }
            default -> {
                byte[] bad = NOT_UTF8.get(random.nextInt(NOT_UTF8.size()));
                set(body, leaf, new Raw("\"x" + MARK + "\""));
                byte[] text = write(body).getBytes(StandardCharsets.UTF_8);
                what.add(field + " invalid utf-8 " + bad.length + " bytes");
                return splice(text, MARK.getBytes(StandardCharsets.UTF_8), bad);
            }
        }
        return write(body).getBytes(StandardCharsets.UTF_8);
    }

    private static Object wrongType(Object current, Random random) {
        List<Object> candidates = new ArrayList<>(List.of(12345, true, List.of("a", 1), Map.of("a", "b"), "text",
                new Raw("1.5e3"), List.of()));
        candidates.removeIf(c -> sameKind(c, current));
        return candidates.get(random.nextInt(candidates.size()));
    }

    private static boolean sameKind(Object a, Object b) {
        return a instanceof String && b instanceof String || a instanceof Boolean && b instanceof Boolean
                || (a instanceof Number || a instanceof Raw) && b instanceof Number
                || a instanceof List && b instanceof List || a instanceof Map && b instanceof Map;
    }

    private static String deep(Random random) {
        int depth = 600 + random.nextInt(20_000);
        String open = random.nextBoolean() ? "[" : "{\"a\":";
        String close = open.equals("[") ? "]" : "}";
        return open.repeat(depth) + "1" + close.repeat(depth);
    }

    /** A JSON fragment written as is. */
    private record Raw(String json) {
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> copy(Map<String, Object> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(k, v instanceof Map<?, ?> m ? copy((Map<String, Object>) m) : v));
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static void leaves(Map<String, Object> map, List<String> prefix, List<List<String>> into) {
        map.forEach((k, v) -> {
            List<String> path = new ArrayList<>(prefix);
            path.add(k);
            into.add(path);
            if (v instanceof Map<?, ?> m && !m.isEmpty()) {
                leaves((Map<String, Object>) m, path, into);
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static Object get(Map<String, Object> map, List<String> path) {
        Object value = map;
        for (String key : path) {
            value = ((Map<String, Object>) value).get(key);
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    private static void set(Map<String, Object> map, List<String> path, Object value) {
        Map<String, Object> parent = map;
        for (String key : path.subList(0, path.size() - 1)) {
            parent = (Map<String, Object>) parent.get(key);
        }
        parent.put(path.get(path.size() - 1), value);
    }

    private static byte[] splice(byte[] text, byte[] marker, byte[] replacement) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < text.length; i++) {
            if (i <= text.length - marker.length && java.util.Arrays.equals(text, i, i + marker.length, marker, 0,
                    marker.length)) {
                out.writeBytes(replacement);
                i += marker.length - 1;
            } else {
                out.write(text[i]);
            }
        }
        return out.toByteArray();
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    @SuppressWarnings("unchecked")
    static String write(Object value) {
        if (value instanceof Raw raw) {
            return raw.json();
        }
        if (value instanceof Map<?, ?> map) {
            StringBuilder out = new StringBuilder("{");
            ((Map<String, Object>) map).forEach((k, v) -> out.append(out.length() > 1 ? "," : "")
                    .append(string(k)).append(':').append(write(v)));
            return out.append('}').toString();
        }
        if (value instanceof List<?> list) {
            return "[" + String.join(",", list.stream().map(BrokenJson::write).toList()) + "]";
        }
        if (value instanceof String text) {
            return string(text);
        }
        return String.valueOf(value);
    }

    private static String string(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7f || c == 0x85 || c == 0x9b) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
