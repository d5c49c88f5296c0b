package org.nec.bench.drill;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Registrations through the front door, each from its own address, from a few clients at once for a fixed time.
 * Every 201 goes to the client-side log ({@code id TAB email}), flushed line by line, before it is counted.
 */
final class ScaleLoad {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    private final String frontDoor;
    private final BufferedWriter log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final AtomicInteger next = new AtomicInteger();
    final Map<String, String> acknowledged = new ConcurrentHashMap<>();
    final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    final AtomicInteger failures = new AtomicInteger();

    ScaleLoad(String frontDoor, Path logFile) {
        this.frontDoor = frontDoor;
        try {
            this.log = Files.newBufferedWriter(logFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code clients} threads registering until {@code until}; returns when they are all done. */
    void run(int clients, Instant until) throws InterruptedException {
        Thread[] threads = new Thread[clients];
        for (int c = 0; c < clients; c++) {
            threads[c] = new Thread(() -> {
                while (Instant.now().isBefore(until)) {
                    registerOne();
                }
            }, "scale-load-" + c);
            threads[c].start();
        }
        for (Thread thread : threads) {
            thread.join(Duration.between(Instant.now(), until).plusSeconds(30).toMillis());
        }
    }

    private void registerOne() {
        int n = next.incrementAndGet();
        String email = "scale-" + n + "@drill.example.org";
        String body = "{\"firstName\":\"Scale\",\"lastName\":\"Drill" + n + "\",\"email\":\"" + email
                + "\",\"organisation\":\"Drill\",\"ticketType\":\"" + (n % 2 == 0 ? "MEMBER" : "NON_MEMBER")
                + "\",\"language\":\"fr\",\"answers\":{},\"consent\":{\"privacyPolicy\":true}}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(frontDoor + "/api/registrations"))
                .timeout(Duration.ofSeconds(15)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            statuses.computeIfAbsent(response.statusCode(), s -> new AtomicInteger()).incrementAndGet();
            Matcher id = ID.matcher(response.body());
            if (response.statusCode() == 201 && id.find()) {
                record(id.group(1), email);
            }
        } catch (IOException e) {
            failures.incrementAndGet();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void record(String id, String email) throws IOException {
        synchronized (log) {
            log.write(id + "\t" + email + "\n");
            log.flush();
        }
        acknowledged.put(id, email);
    }

    void close() throws IOException {
        synchronized (log) {
            log.close();
        }
    }
}
