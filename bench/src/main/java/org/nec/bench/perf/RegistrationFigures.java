package org.nec.bench.perf;

import java.time.Duration;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Registrations at full speed, then the rush on one small ticket type: how many, how fast, none oversold. */
final class RegistrationFigures {

    private final Http http;
    private final String run;
    private volatile String someRegistration;
    private volatile long lastCreated;

    RegistrationFigures(Http http, String run) {
        this.http = http;
        this.run = run;
    }

    /** A ticket type of this run's own, so earlier data and other figures do not change its counts. */
    String ticketType(String prefix, int capacity) throws Exception {
        String code = (prefix + "_" + run).toUpperCase();
        http.admin("POST", "/api/admin/ticket-types", """
                {"code":"%s","label":{"fr":"Banc d'essai","en":"Bench"},"capacity":%d}""".formatted(code, capacity));
        return code;
    }

    /** One registration the throughput figure made, once it ran (a template for {@link Preload}). */
    String someRegistration() {
        return someRegistration;
    }

    /** How many registrations the last throughput figure created. */
    long lastCreated() {
        return lastCreated;
    }

    /** @param round told apart in the addresses and ticket type when the figure runs more than once */
    Report.Row throughput(int connections, Duration duration, Limits.Limit bareHttp, String round, String label)
            throws Exception {
        String ticketType = ticketType("FLOW" + round, 100_000);
        ClosedLoad.Result result = ClosedLoad.run(http, connections, duration, 100_000,
                n -> http.register("flow" + round + "-" + run + "-" + n + "@example.org", ticketType,
                        n % 2 == 0 ? "fr" : "en"),
                (n, response) -> {
                    if (response.statusCode() == 201 && someRegistration == null) {
                        someRegistration = Http.field(response.body(), "id").orElse(null);
                    }
                });
        long created = result.status(201);
        lastCreated = created;
        boolean ok = result.errors() == 0 && result.statuses().keySet().stream().allMatch(code -> code == 201);
        String checks = (ok ? "ok: " : "FAIL: ") + String.format("%,d created, answers %s, %d failed connections",
                created, result.statuses(), result.errors());
        return new Report.Row(String.format("Registrations accepted per second (%d connections, %d s, each its own address)%s",
                connections, duration.toSeconds(), label), result.summary(), "≥ 1,000/s, p99 ≤ 200 ms", checks,
                bareHttp == null ? "—" : bareHttp.describe(),
                bareHttp == null ? "—" : Report.share(result.perSecond(), bareHttp.perSecond()));
    }

    Report.Row rush(int connections, Duration duration, int places, Limits.Limit hotUpdates) throws Exception {
        String ticketType = ticketType("RUSH", places);
        LongAdder confirmed = new LongAdder();
        ClosedLoad.Result result = ClosedLoad.run(http, connections, duration, 100_000,
                n -> http.register("rush-" + run + "-" + n + "@example.org", ticketType, "fr"),
                (n, response) -> {
                    if (response.statusCode() == 201 && "CONFIRMED".equals(Http.field(response.body(), "status").orElse(""))) {
                        confirmed.increment();
                    }
                });
        int counted = confirmedCount(ticketType);
        long created = result.status(201);
        // every place taken once demand exceeded them, none beyond: the rest answered WAITLISTED
        long expected = Math.min(places, created);
        boolean ok = confirmed.sum() == expected && counted == expected && result.errors() == 0
                && result.statuses().keySet().stream().allMatch(code -> code == 201);
        String checks = String.format("%s: %,d registrations, %d confirmed answers, %d confirmed in the ticket type (of %d places), answers %s",
                ok ? "ok" : "FAIL", created, confirmed.sum(), counted, places, result.statuses());
        return new Report.Row(String.format("Rush: %d connections for %d s on one %d-place ticket type", connections,
                duration.toSeconds(), places), result.summary(), "≥ 1,000/s, p99 ≤ 200 ms, exactly " + places + " confirmed",
                checks, hotUpdates == null ? "—" : hotUpdates.describe(),
                hotUpdates == null ? "—" : Report.share(result.perSecond(), hotUpdates.perSecond()));
    }

    private int confirmedCount(String code) throws Exception {
        String body = http.get("/api/ticket-types").body();
        Matcher matcher = Pattern.compile("\"code\":\"" + code + "\".*?\"confirmed\":(\\d+)").matcher(body);
        if (!matcher.find()) {
            throw new IllegalStateException("no ticket type " + code + " in " + body);
        }
        return Integer.parseInt(matcher.group(1));
    }
}
