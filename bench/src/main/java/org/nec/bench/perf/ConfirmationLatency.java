package org.nec.bench.perf;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Registrations arriving at a steady rate; for each, the time from its answer to its confirmation mail being
 * accepted by the mail server. Every address must have received exactly one mail.
 */
final class ConfirmationLatency {

    private final Http http;
    private final Target target;
    private final Deliveries deliveries;
    private final String run;

    ConfirmationLatency(Http http, Target target, Deliveries deliveries, String run) {
        this.http = http;
        this.target = target;
        this.deliveries = deliveries;
        this.run = run;
    }

    /** @param floorMillis the hand-offs' own p99 (Kafka produce + SMTP accept) measured in this run, or 0 */
    Report.Row at(int perSecond, Duration duration, String ticketType, double floorMillis, String floor) throws Exception {
        String prefix = "conf" + perSecond + "-" + run + "-";
        List<OpenLoad.Answer> answers = OpenLoad.run(http, perSecond, duration,
                n -> http.register(prefix + n + "@example.org", ticketType, "en"));
        Map<String, Instant> answeredAt = new HashMap<>();
        Map<String, String> emails = new HashMap<>();
        long refused = 0;
        for (OpenLoad.Answer answer : answers) {
            var id = Http.field(answer.response().body(), "id");
            if (answer.response().statusCode() != 201 || id.isEmpty()) {
                refused++;
                continue;
            }
            String notification = "REGISTRATION_CONFIRMED:" + id.get();
            answeredAt.put(notification, answer.answeredAt());
            emails.put(notification, prefix + answer.n() + "@example.org");
        }
        Map<String, Instant> sent = deliveries.awaitSent(answeredAt.keySet(), Duration.ofSeconds(240));
        List<Long> latencies = new ArrayList<>();
        sent.forEach((id, at) -> latencies.add(Math.max(0, Duration.between(answeredAt.get(id), at).toMillis())));
        long[] sorted = Stats.sorted(latencies);
        Map<String, List<String>> received = Mailboxes.subjects(target, emails.values());
        long once = received.values().stream().filter(subjects -> subjects.size() == 1).count();
        long expected = perSecond * duration.toSeconds();
        boolean ok = refused == 0 && answers.size() == expected && sent.size() == answeredAt.size()
                && once == emails.size();
        String checks = String.format("%s: %d registrations, %d refused, %d confirmations sent, %d mailboxes with exactly one mail",
                ok ? "ok" : "FAIL", answers.size(), refused, sent.size(), once);
        long p99 = Stats.percentile(sorted, 0.99);
        return new Report.Row(String.format("Registration answered → its confirmation accepted by SMTP, at %d/s for %d s",
                perSecond, duration.toSeconds()), String.format("p50 %s, p99 %s, max %s",
                Stats.duration(Stats.percentile(sorted, 0.50)), Stats.duration(p99), Stats.duration(Stats.max(sorted))),
                "p99 ≤ 2 s at 200/s", checks, floor, Report.shareOfTime(floorMillis, p99));
    }
}
