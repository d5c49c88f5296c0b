package org.nec.bench.drill;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.nec.bench.drill.AckLog.Kind;

/**
 * The drills' load, through the front door: registrations at a steady rate, each from its own address, every
 * second one then taking a seat in the workshop, and a burst of reminders made due in notification-service's
 * store during the load. A call that gets no answer or a 5xx is retried as a client would, the registration
 * with its {@code Idempotency-Key}; what the platform acknowledges goes to the {@link AckLog} at once.
 */
final class Load {

    /** How the load went: operations tried, and given up on because the platform never acknowledged them. */
    record Outcome(int tried, int gaveUp) {
    }

    static final int REMINDERS = 150;
    private static final Duration RETRY_FOR = Duration.ofSeconds(90);

    private final DrillPlatform platform;
    private final AckLog acks;
    private final String session;
    private final String run = Long.toString(System.currentTimeMillis(), 36);
    private final ExecutorService clients = Executors.newFixedThreadPool(8);
    private final AtomicInteger tried = new AtomicInteger();
    private final AtomicInteger gaveUp = new AtomicInteger();

    Load(DrillPlatform platform, AckLog acks, String session) {
        this.platform = platform;
        this.acks = acks;
        this.session = session;
    }

    /** Runs {@code perSecond} registrations a second for {@code length}; {@code fault} runs {@code faultAt} in. */
    Outcome run(int perSecond, Duration length, Duration faultAt, Runnable fault) throws InterruptedException {
        Instant start = Instant.now();
        Thread injector = new Thread(() -> {
            Waits.pause(faultAt);
            fault.run();
        }, "drill-fault");
        injector.start();
        Thread burst = new Thread(() -> {
            Waits.pause(Duration.ofSeconds(4));
            reminderBurst();
        }, "drill-reminders");
        burst.start();
        int total = (int) (perSecond * length.toSeconds());
        for (int i = 0; i < total; i++) {
            Instant due = start.plusMillis(1000L * i / perSecond);
            long wait = Duration.between(Instant.now(), due).toMillis();
            if (wait > 0) {
                Thread.sleep(wait);
            }
            int n = i;
            clients.submit(() -> register(n));
        }
        injector.join(TimeUnit.MINUTES.toMillis(3));
        burst.join(TimeUnit.MINUTES.toMillis(3));
        clients.shutdown();
        if (!clients.awaitTermination(4, TimeUnit.MINUTES)) {
            clients.shutdownNow();
        }
        return new Outcome(tried.get(), gaveUp.get());
    }

    private void register(int n) {
        tried.incrementAndGet();
        String email = "drill-" + run + "-" + n + "@example.org";
        String body = """
                {"firstName":"Camille","lastName":"Drill %d","email":"%s","organisation":"Coop des Communs",
                 "ticketType":"%s","language":"%s","answers":{},"consent":{"privacyPolicy":true}}"""
                .formatted(n, email, n % 2 == 0 ? "MEMBER" : "NON_MEMBER", n % 3 == 0 ? "en" : "fr");
        Map<String, String> headers = Map.of("Idempotency-Key", "drill-" + run + "-" + n);
        Api.Answer answer = retried(() -> platform.api.send("POST", platform.url("gateway")
                + "/api/registrations", body, headers), a -> a.status() == 200 || a.status() == 201);
        if (answer == null) {
            return;
        }
        String id = answer.json().getString("id");
        String manageUrl = answer.json().getString("manageUrl");
        // a replayed answer (200) carries no link: that attendee takes no seat
        String token = manageUrl == null ? "" : manageUrl.substring(manageUrl.indexOf("token=") + 6);
        acks.acknowledged(Kind.REGISTRATION, id, email, token);
        if (n % 2 == 0 && !token.isEmpty()) {
            takeSeat(id, email, token);
        }
    }

    private void takeSeat(String registrationId, String email, String token) {
        tried.incrementAndGet();
        String body = "{\"registrationId\":\"" + registrationId + "\"}";
        // 404 until agenda-service has heard of the registration through Kafka
        Api.Answer answer = retried(() -> platform.api.send("POST", platform.url("gateway") + "/api/sessions/"
                + session + "/signups", body, Map.of("X-Manage-Token", token)), a -> a.status() == 201);
        if (answer != null) {
            acks.acknowledged(Kind.SEAT, registrationId, email, session);
        }
    }

    /** Retries until {@code done} or a final refusal (4xx other than 404 and 429), for at most a while. */
    private Api.Answer retried(java.util.function.Supplier<Api.Answer> call, Predicate<Api.Answer> done) {
        Instant deadline = Instant.now().plus(RETRY_FOR);
        while (Instant.now().isBefore(deadline)) {
            Api.Answer answer = call.get();
            if (done.test(answer)) {
                return answer;
            }
            int status = answer.status();
            if (status >= 400 && status < 500 && status != 404 && status != 429) {
                break;
            }
            Waits.pause(Duration.ofMillis(500));
        }
        gaveUp.incrementAndGet();
        return null;
    }

    /** Reminders due over the next quarter minute, written as ReminderBench does; acknowledged once stored. */
    private void reminderBurst() {
        Instant first = Instant.now().plusSeconds(3);
        List<Document> contacts = new ArrayList<>();
        List<Document> reminders = new ArrayList<>();
        for (int i = 0; i < REMINDERS; i++) {
            String registration = "drill-" + run + "-reminder-" + i;
            String email = registration + "@example.org";
            contacts.add(new Document("_id", registration).append("firstName", "Drill").append("email", email)
                    .append("language", "fr").append("status", "CONFIRMED"));
            reminders.add(new Document("_id", "EVENT_REMINDER:" + registration).append("type", "EVENT_REMINDER")
                    .append("registrationId", registration).append("recipient", email).append("language", "fr")
                    .append("subject", "NEC drill reminder")
                    .append("model", new Document("firstName", "Drill").append("editionName", "NEC drill"))
                    .append("status", "SCHEDULED").append("dueAt", Date.from(first.plusMillis(15_000L * i / REMINDERS)))
                    .append("attempts", 0).append("createdAt", new Date()).append("pendingEvents", List.of()));
        }
        tried.addAndGet(REMINDERS);
        // upserts by id, so a retry after a failed call cannot write anything twice
        List<ReplaceOneModel<Document>> contactWrites = contacts.stream().map(c -> new ReplaceOneModel<>(
                Filters.eq("_id", c.get("_id")), c, new ReplaceOptions().upsert(true))).toList();
        List<ReplaceOneModel<Document>> reminderWrites = reminders.stream().map(r -> new ReplaceOneModel<>(
                Filters.eq("_id", r.get("_id")), r, new ReplaceOptions().upsert(true))).toList();
        Instant deadline = Instant.now().plus(RETRY_FOR);
        try (MongoClient mongo = MongoClients.create(platform.mongoUri() + "/?serverSelectionTimeoutMS=3000")) {
            var db = mongo.getDatabase("notification");
            while (true) {
                try {
                    db.getCollection("contacts").bulkWrite(contactWrites);
                    db.getCollection("notifications").bulkWrite(reminderWrites);
                    reminders.forEach(r -> acks.acknowledged(Kind.REMINDER, r.getString("_id"),
                            r.getString("recipient"), ""));
                    return;
                } catch (RuntimeException e) {
                    if (Instant.now().isAfter(deadline)) {
                        Progress.say("the reminder burst was not stored: " + e.getMessage());
                        gaveUp.addAndGet(REMINDERS);
                        return;
                    }
                    Waits.pause(Duration.ofSeconds(1));
                }
            }
        }
    }

}
