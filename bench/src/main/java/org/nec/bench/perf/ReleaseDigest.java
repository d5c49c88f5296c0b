package org.nec.bench.perf;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A published session in a room of its own with {@code seated} attendees holding a seat (registered and seated
 * through the front door), then moved and published again: the time from publishing until every attendee's
 * digest has been accepted by the mail server, each attendee receiving exactly one.
 */
final class ReleaseDigest {

    /** notification-service's default {@code nec.notification.digest-window}: digests are held back that long. */
    static final Duration DIGEST_WINDOW = Duration.ofSeconds(5);

    private static final String DIGEST_SUBJECT = "Programme update: your sessions change";

    private final Http http;
    private final Target target;
    private final Deliveries deliveries;
    private final RegistrationFigures registrations;
    private final String run;

    ReleaseDigest(Http http, Target target, Deliveries deliveries, RegistrationFigures registrations, String run) {
        this.http = http;
        this.target = target;
        this.deliveries = deliveries;
        this.registrations = registrations;
        this.run = run;
    }

    Report.Row measure(int seated, Limits.Limit smtp) throws Exception {
        String edition = http.get("/api/edition").body();
        ZoneId zone = ZoneId.of(Http.field(edition, "timeZone").orElseThrow());
        LocalDate day = LocalDate.parse(Http.field(edition, "start").orElseThrow());
        String room = Http.field(http.admin("POST", "/api/admin/rooms", """
                {"name":"Bench hall %s","capacity":%d}""".formatted(run, seated)), "id").orElseThrow();
        String session = Http.field(http.admin("POST", "/api/admin/sessions", """
                {"title":{"fr":"Plénière du banc d'essai %s","en":"Bench plenary %s"},"type":"PLENARY","roomId":"%s",
                 "start":"%s","end":"%s","capacity":%d,"signupRequired":true}""".formatted(run, run, room,
                at(day, 8, zone), at(day, 9, zone), seated)), "id").orElseThrow();
        http.admin("POST", "/api/admin/schedule/releases", "");

        Map<String, String> tokens = new ConcurrentHashMap<>();
        String ticketType = registrations.ticketType("SEAT", seated);
        ClosedLoad.run(http, 16, Duration.ofSeconds(300), seated,
                n -> http.register(email(n), ticketType, "en"), (n, response) -> {
                    String manageUrl = Http.field(response.body(), "manageUrl").orElse("");
                    Http.field(response.body(), "id").ifPresent(id ->
                            tokens.put(id, manageUrl.substring(manageUrl.indexOf("token=") + "token=".length())));
                });
        long seats = takeSeats(session, tokens);
        deliveries.awaitQuiet(Duration.ofSeconds(180));

        http.admin("PATCH", "/api/admin/sessions/" + session, """
                {"start":"%s","end":"%s"}""".formatted(at(day, 17, zone), at(day, 18, zone)));
        Instant published = Instant.now();
        String release = http.admin("POST", "/api/admin/schedule/releases", "");
        String version = release.replaceAll("(?s).*\"version\"\\s*:\\s*(\\d+).*", "$1");
        List<String> digests = tokens.keySet().stream().map(id -> "SCHEDULE_CHANGED:" + version + ":" + id).toList();
        Map<String, Instant> sent = deliveries.awaitSent(digests, Duration.ofSeconds(360));
        long[] after = Stats.sorted(sent.values().stream().map(at -> Duration.between(published, at).toMillis()).toList());
        List<String> emails = new ArrayList<>();
        for (long n = 0; n < seated; n++) {
            emails.add(email(n));
        }
        long once = Mailboxes.subjects(target, emails).values().stream()
                .filter(subjects -> subjects.stream().filter(DIGEST_SUBJECT::equals).count() == 1).count();
        boolean ok = seats == seated && sent.size() == seated && once == seated;
        String checks = String.format("%s: %,d seated, %,d digests sent, %,d mailboxes with exactly one digest",
                ok ? "ok" : "FAIL", seats, sent.size(), once);
        double limitMillis = smtp == null ? 0 : seated * 1000.0 / smtp.perSecond();
        return new Report.Row(String.format("A release moving a session with %,d seated attendees", seated),
                String.format("all digests sent %s after publishing (p50 %s)", Stats.duration(Stats.max(after)),
                        Stats.duration(Stats.percentile(after, 0.5))),
                String.format("%,d digests accepted by SMTP ≤ 10 s after publishing", seated), checks,
                String.format("digest window %d s (a setting: each digest waits for the rest of its release)%s",
                        DIGEST_WINDOW.toSeconds(), smtp == null ? "" : "; " + smtp.describe()
                                + String.format(": %s for %,d mails", Stats.duration(limitMillis), seated)),
                Report.shareOfTime(limitMillis, Stats.max(after)));
    }

    /** Each attendee takes a seat as soon as agenda-service knows their registration (404 until then). */
    private long takeSeats(String session, Map<String, String> tokens) throws Exception {
        AtomicLong seated = new AtomicLong();
        Instant deadline = Instant.now().plusSeconds(180);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<?>> signups = new ArrayList<>();
            tokens.forEach((id, token) -> signups.add(pool.submit(() -> {
                while (Instant.now().isBefore(deadline)) {
                    HttpResponse<String> answer = http.send(http.signup(session, id, token));
                    if (answer.statusCode() == 201 && answer.body().contains("SEATED")) {
                        seated.incrementAndGet();
                        return null;
                    }
                    if (answer.statusCode() != 404) {
                        System.out.printf("[bench]   signup answered %d: %s%n", answer.statusCode(), answer.body());
                        return null;
                    }
                    Thread.sleep(500);
                }
                return null;
            })));
            for (Future<?> signup : signups) {
                signup.get(240, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        return seated.get();
    }

    private String email(long n) {
        return "seat-" + run + "-" + n + "@example.org";
    }

    private static String at(LocalDate day, int hour, ZoneId zone) {
        return ZonedDateTime.of(day, LocalTime.of(hour, 0), zone).toOffsetDateTime().toString();
    }
}
