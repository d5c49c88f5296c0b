package org.nec.testing.fuzz;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates malformed requests from a fixed seed, so a failure can be replayed. Every request that carries a
 * body breaks it in exactly one way (the rest is the target's valid template), so no request can be a valid
 * call that legitimately stores something; paths, headers and content types are garbled on top of that.
 */
public final class MalformedRequests {

    static final List<String> ODD_SEGMENTS = List.of("%00", "%FF", "%C0%AF", "%E2%80%AE", "%ED%A0%80", "%EF%BB%BF",
            "%2e%2e", "..", ".", "%2F", "a%2Fb", "%5C", "a;b=c", "%25", "%0D%0A", "%09", "%20", "null", "-1", "0",
            "99999999999999999999999", "1e309", "%7B%7D", "%F0%9F%98%80", "%27%20OR%201=1", "$where", "%24gt",
            "a".repeat(3000), "%C3%A9t%C3%A9");
    static final List<String> ODD_HEADER_VALUES = List.of("", " ", "null", "\t", "%00", "'", "\"\"", "{}", "x".repeat(4000),
            "~".repeat(300), "Bearer x", "0", "-1");
    static final List<String> WRONG_CONTENT_TYPES = List.of("text/plain", "application/xml", "text/html",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=zz", "application/json; charset=bogus",
            "application/json; charset=utf-16", "application/octet-stream", "%%%", "application/", ";;;",
            "application/json; charset=\"utf-32\"");
    static final String CONTROLS = "\u0000\u0001\u0007\u0008\u000b\u000c\u001b\u001f\u007f\u0085\u009b";

    private final Random random;
    private final URI base;

    public MalformedRequests(long seed, URI base) {
        this.random = new Random(seed);
        this.base = base;
    }

    /** A request and, for the report, what was broken in it. */
    public record Fuzzed(Target target, HttpRequest request, String what) {
    }

    public Fuzzed next(Target target) {
        List<String> what = new ArrayList<>();
        HttpRequest.Builder request = HttpRequest.newBuilder().timeout(Duration.ofSeconds(10));
        String path = path(target, what);
        String query = target.body() == Target.Body.NONE && !target.isApi() && random.nextBoolean() ? query(what) : "";
        request.uri(base.resolve(path + query));
        headers(target, request, what);
        byte[] body = switch (target.body()) {
            case NONE -> null;
            case JSON -> json(target, request, what);
            case FORM -> form(target, request, what);
        };
        request.method(target.method(), body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body));
        return new Fuzzed(target, request.build(), target.method() + " " + path + query + " " + what);
    }

    private String path(Target target, List<String> what) {
        String path = target.path();
        for (String name : target.placeholders()) {
            String value;
            int dice = random.nextInt(10);
            if (dice < 5 && target.segments().containsKey(name)) {
                value = target.segments().get(name);
            } else if (dice < 7) {
                value = Long.toHexString(random.nextLong()) + Integer.toHexString(random.nextInt());
            } else {
                value = pick(ODD_SEGMENTS);
                what.add("segment " + name + "=" + abbreviate(value));
            }
            path = path.replace("{" + name + "}", value);
        }
        return path;
    }

    private String query(List<String> what) {
        String token = random.nextBoolean() ? pick(ODD_SEGMENTS) : Long.toHexString(random.nextLong());
        String lang = random.nextBoolean() ? pick(List.of("en", "fr", "de", "%00", "e%0An", "x".repeat(500))) : "fr";
        what.add("query token/lang");
        return "?token=" + token + "&lang=" + lang + (random.nextInt(4) == 0 ? "&token=" + pick(ODD_SEGMENTS) : "");
    }

    private void headers(Target target, HttpRequest.Builder request, List<String> what) {
        target.headers().forEach((name, value) -> {
            int dice = random.nextInt(10);
            if (dice < 5) {
                request.header(name, value);
            } else if (dice < 7) {
                what.add("no " + name);
            } else {
                String odd = pick(ODD_HEADER_VALUES);
                if (!odd.isEmpty()) {
                    request.header(name, odd);
                }
                what.add(name + "=" + abbreviate(odd));
            }
        });
        String[] extra = switch (random.nextInt(8)) {
            case 0 -> new String[] {"Accept", pick(List.of("application/xml", "text/html", "image/png", "*/*",
                    "application/problem+json", "%%%", "text/csv;q=0"))};
            case 1 -> new String[] {"Idempotency-Key", pick(ODD_HEADER_VALUES.subList(2, ODD_HEADER_VALUES.size()))};
            case 2 -> new String[] {"Accept-Language", pick(List.of("zz", "*", "fr;q=abc", "x".repeat(2000), ",,,"))};
            case 3 -> new String[] {"Content-Encoding", pick(List.of("gzip", "br", "identity, gzip"))};
            default -> null;
        };
        if (extra != null) {
            request.header(extra[0], extra[1]);
            what.add(extra[0] + "=" + abbreviate(extra[1]));
        }
    }

    private byte[] json(Target target, HttpRequest.Builder request, List<String> what) {
        byte[] body = BrokenJson.broken(target.template().get(), random, what);
        if (random.nextInt(4) == 0) {
            String type = pick(WRONG_CONTENT_TYPES);
            request.header("Content-Type", type);
            what.add("content-type " + type);
        } else if (random.nextInt(10) == 0) {
            what.add("no content-type");
        } else {
            request.header("Content-Type", "application/json");
        }
        return body;
    }

    private byte[] form(Target target, HttpRequest.Builder request, List<String> what) {
        Map<String, Object> fields = new LinkedHashMap<>(target.template().get());
        List<String> names = new ArrayList<>(fields.keySet());
        String broken = names.isEmpty() ? "" : pick(names);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fields.forEach((name, value) -> {
            if (out.size() > 0) {
                out.write('&');
            }
            String encoded = URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8);
            if (name.equals(broken)) {
                encoded = brokenFormValue(encoded, what, name);
            }
            out.writeBytes((name + "=" + encoded).getBytes(StandardCharsets.US_ASCII));
        });
        if (random.nextInt(5) > 0) {
            String token = Long.toHexString(random.nextLong());
            request.header("Cookie", "XSRF-TOKEN=" + token);
            out.writeBytes(("&_csrf=" + maskedCsrf(token)).getBytes(StandardCharsets.US_ASCII));
        } else {
            what.add("no csrf");
        }
        request.header("Content-Type", random.nextInt(6) == 0 ? pick(WRONG_CONTENT_TYPES)
                : "application/x-www-form-urlencoded");
        return out.toByteArray();
    }

    private String brokenFormValue(String valid, List<String> what, String name) {
        return switch (random.nextInt(6)) {
            case 0 -> {
                what.add(name + " control char");
                yield URLEncoder.encode(withControl(java.net.URLDecoder.decode(valid, StandardCharsets.UTF_8), random),
                        StandardCharsets.UTF_8);
            }
            case 1 -> {
                what.add(name + " huge");
                yield "x".repeat(150 + random.nextInt(60_000));
            }
            case 2 -> {
                what.add(name + " bad percent-encoding");
                yield valid + pick(List.of("%", "%Z", "%ZZ", "%C3", "%%00")) + pick(List.of("", "%00"));
            }
            case 3 -> {
                what.add(name + " invalid utf-8");
                yield valid + pick(List.of("%FF", "%C0%AF", "%ED%A0%80", "%C3%28", "%F8%88%80%80%80")) + "%00";
            }
            case 4 -> {
                what.add(name + " repeated with a control char");
                yield valid + "&" + name + "=%00" + valid;
            }
            default -> {
                what.add(name + " blank");
                yield pick(List.of("", "%20", "%09", "%00"));
            }
        };
    }

    /** A control character inside the text, where trimming cannot remove it. */
    static String withControl(String text, Random random) {
        int at = text.length() < 2 ? 0 : 1 + random.nextInt(text.length() - 1);
        return text.substring(0, at) + CONTROLS.charAt(random.nextInt(CONTROLS.length())) + text.substring(at);
    }

    /** Spring Security's XOR-masked form of a CSRF token, so the form reaches its handler. */
    private String maskedCsrf(String token) {
        byte[] raw = token.getBytes(StandardCharsets.UTF_8);
        byte[] masked = new byte[raw.length * 2];
        byte[] pad = new byte[raw.length];
        random.nextBytes(pad);
        System.arraycopy(pad, 0, masked, 0, raw.length);
        for (int i = 0; i < raw.length; i++) {
            masked[raw.length + i] = (byte) (pad[i] ^ raw[i]);
        }
        return Base64.getUrlEncoder().encodeToString(masked);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 20) + "…(" + value.length() + ")" : value;
    }
}
