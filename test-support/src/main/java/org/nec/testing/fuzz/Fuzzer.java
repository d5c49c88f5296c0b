package org.nec.testing.fuzz;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sends a fixed number of malformed requests, spread evenly over the targets, to a service on 127.0.0.1 and
 * records what came back: the count per status, and every answer that breaks the rules (a 5xx, or a 4xx of the
 * JSON API without a problem+json body). Stops at the deadline, so a hanging service cannot hang the build.
 */
public final class Fuzzer {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
    private final MalformedRequests requests;

    public Fuzzer(long seed, int port) {
        this.requests = new MalformedRequests(seed, URI.create("http://127.0.0.1:" + port));
    }

    /** What the service answered. */
    public record Report(int sent, Map<Integer, Integer> statuses, List<String> violations, List<String> accepted) {

        @Override
        public String toString() {
            return sent + " requests, statuses " + statuses + ", " + violations.size() + " violations"
                    + (violations.isEmpty() ? "" : ":\n  " + String.join("\n  ", violations.subList(0,
                    Math.min(30, violations.size()))))
                    + (accepted.isEmpty() ? "" : "\n" + accepted.size() + " broken JSON bodies answered 2xx:\n  "
                    + String.join("\n  ", accepted.subList(0, Math.min(30, accepted.size()))));
        }
    }

    public Report run(List<Target> targets, int count, Duration budget) throws InterruptedException {
        Instant deadline = Instant.now().plus(budget);
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> violations = new ArrayList<>();
        List<String> accepted = new ArrayList<>();
        int sent = 0;
        while (sent < count && Instant.now().isBefore(deadline)) {
            MalformedRequests.Fuzzed fuzzed = requests.next(targets.get(sent % targets.size()));
            sent++;
            int status;
            String contentType;
            try {
                HttpResponse<Void> response = http.send(fuzzed.request(), HttpResponse.BodyHandlers.discarding());
                status = response.statusCode();
                contentType = response.headers().firstValue("Content-Type").orElse("(none)");
            } catch (IOException e) {
                status = -1;
                contentType = e.toString();
            }
            statuses.merge(status, 1, Integer::sum);
            if (status < 0 || status >= 500) {
                violations.add(status + " " + fuzzed.what() + " " + contentType);
            } else if (status >= 400 && fuzzed.target().isApi()
                    && !contentType.startsWith("application/problem+json")) {
                violations.add(status + " without problem+json (" + contentType + ") " + fuzzed.what());
            } else if (status < 300 && fuzzed.target().body() == Target.Body.JSON) {
                accepted.add(status + " " + fuzzed.what());
            }
        }
        return new Report(sent, statuses, violations, accepted);
    }
}
