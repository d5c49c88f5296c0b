package org.nec.bench.perf;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load generator's HTTP side: one JDK client speaking HTTP/1.1 with kept-alive connections (one per worker
 * thread in flight), and the platform's requests. Each public POST comes from its own client address
 * ({@code X-Forwarded-For}, honoured from loopback) so the per-address rate limit counts each as a new visitor.
 */
final class Http {

    private static final Pattern STRING_FIELD = Pattern.compile("\"%s\"\\s*:\\s*\"([^\"]*)\"");
    private static final AtomicLong CLIENTS = new AtomicLong();

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String authorization;

    Http(String base, String organiserPassword) {
        this.base = base;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(("organiser:" + organiserPassword)
                .getBytes(StandardCharsets.UTF_8));
    }

    String base() {
        return base;
    }

    /** A registration by a new visitor: its own e-mail address and its own client address. */
    HttpRequest register(String email, String ticketType, String language) {
        return publicPost("/api/registrations", """
                {"firstName":"Bench","lastName":"Load","email":"%s","organisation":"NEC bench","ticketType":"%s",
                 "language":"%s","answers":{},"consent":{"privacyPolicy":true}}""".formatted(email, ticketType, language));
    }

    HttpRequest publicPost(String path, String json) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("X-Forwarded-For", nextClientAddress())
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    /** An attendee taking a seat with the token of their manage link. */
    HttpRequest signup(String sessionId, String registrationId, String token) {
        return HttpRequest.newBuilder(URI.create(base + "/api/sessions/" + sessionId + "/signups"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                .header("X-Manage-Token", token).header("X-Forwarded-For", nextClientAddress())
                .POST(HttpRequest.BodyPublishers.ofString("{\"registrationId\":\"" + registrationId + "\"}")).build();
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET().build());
    }

    /** An organiser call (HTTP Basic, so no CSRF token is involved); fails unless answered 2xx. */
    String admin(String method, String path, String json) throws IOException, InterruptedException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60)).header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body();
    }

    static Optional<String> field(String json, String name) {
        Matcher matcher = Pattern.compile(STRING_FIELD.pattern().formatted(Pattern.quote(name))).matcher(json);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** Addresses of the benchmarking range 198.18.0.0/15, outside the trusted proxies, one per call. */
    private static String nextClientAddress() {
        long n = CLIENTS.incrementAndGet() % (1 << 17);
        return "198." + (18 + (n >> 16)) + "." + ((n >> 8) & 0xff) + "." + (n & 0xff);
    }
}
