package org.nec.testing.fuzz;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One public endpoint to fuzz.
 *
 * @param method    HTTP method
 * @param path      path with {@code {name}} placeholders, each replaced by a real value or an odd segment
 * @param body      what the endpoint reads: nothing, a JSON object or a page's form
 * @param template  a valid body (JSON object or form fields) the fuzzer breaks one way at a time
 * @param segments  real values for the placeholders (a known id, say), so some requests go past the lookup
 * @param headers   headers a well-formed call carries (the manage token), dropped or garbled by the fuzzer
 */
public record Target(String method, String path, Body body, Supplier<Map<String, Object>> template,
                     Map<String, String> segments, Map<String, String> headers) {

    public enum Body { NONE, JSON, FORM }

    public static Target get(String path) {
        return new Target("GET", path, Body.NONE, Map::of, Map.of(), Map.of());
    }

    public static Target json(String method, String path, Supplier<Map<String, Object>> template) {
        return new Target(method, path, Body.JSON, template, Map.of(), Map.of());
    }

    public static Target form(String path, Supplier<Map<String, Object>> fields) {
        return new Target("POST", path, Body.FORM, fields, Map.of(), Map.of());
    }

    public Target withSegment(String name, String value) {
        Map<String, String> all = new java.util.HashMap<>(segments);
        all.put(name, value);
        return new Target(method, path, body, template, Map.copyOf(all), headers);
    }

    public Target withHeader(String name, String value) {
        Map<String, String> all = new java.util.HashMap<>(headers);
        all.put(name, value);
        return new Target(method, path, body, template, segments, Map.copyOf(all));
    }

    public Target as(String otherMethod) {
        return new Target(otherMethod, path, body, template, segments, headers);
    }

    /** A problem+json body is owed on every 4xx of the JSON API; pages may answer HTML. */
    public boolean isApi() {
        return path.startsWith("/api/");
    }

    List<String> placeholders() {
        return java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(path).results().map(m -> m.group(1)).toList();
    }
}
