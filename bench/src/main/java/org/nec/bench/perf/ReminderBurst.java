package org.nec.bench.perf;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoCollection;
import org.bson.Document;

/**
 * Many reminders falling due within one minute (the eve of the event): they are stored straight into
 * notification-service's delivery log, as the service stores a reminder for a confirmed contact, then the bench
 * watches them go out: lateness (sentAt − dueAt), none early, none twice (counted in the mailboxes), all sent.
 *
 * <p>Rows written behind the service's back are not in its in-memory due index: they reach it through the sweep
 * of the log that runs every poll interval and takes in what falls due within two intervals. So the first
 * reminder is due at least one interval (plus a margin) after the last row is stored: every reminder is then
 * known to the dispatcher before it is due, as one the service scheduled itself would be, and the sweep's wait
 * is not counted as lateness. The check says so when storing took longer than planned.
 */
final class ReminderBurst {

    private final Target target;
    private final Deliveries deliveries;
    private final String run;

    ReminderBurst(Target target, Deliveries deliveries, String run) {
        this.target = target;
        this.deliveries = deliveries;
        this.run = run;
    }

    /** notification-service's default {@code nec.notification.poll-interval}: how often it sweeps the log. */
    static final Duration SWEEP_INTERVAL = Duration.ofSeconds(10);

    private Instant stored;

    Report.Row measure(int count, int mailboxes, Limits.Limit smtp) throws Exception {
        Map<String, Instant> dueAt = schedule(count, mailboxes);
        Instant last = dueAt.values().stream().max(Instant::compareTo).orElseThrow();
        Duration bound = Duration.between(Instant.now(), last).plusSeconds(240);
        Map<String, Instant> sent = deliveries.awaitSent(dueAt.keySet(), bound);
        List<Long> lateness = new ArrayList<>();
        long early = 0;
        Instant firstDue = dueAt.values().stream().min(Instant::compareTo).orElseThrow();
        Instant lastSent = firstDue;
        for (Map.Entry<String, Instant> entry : sent.entrySet()) {
            long late = Duration.between(dueAt.get(entry.getKey()), entry.getValue()).toMillis();
            lateness.add(late);
            early += late < 0 ? 1 : 0;
            lastSent = entry.getValue().isAfter(lastSent) ? entry.getValue() : lastSent;
        }
        long[] sorted = Stats.sorted(lateness);
        List<String> addresses = new ArrayList<>();
        for (int m = 0; m < mailboxes; m++) {
            addresses.add(recipient(m));
        }
        long received = Mailboxes.subjects(target, addresses).values().stream().mapToLong(List::size).sum();
        long twice = Math.max(0, received - sent.size());
        boolean ok = sent.size() == count && early == 0 && received == count;
        long leadMillis = Duration.between(stored, firstDue).toMillis();
        String checks = String.format("%s: %,d of %,d sent, %d early, %d twice, %,d received; stored %.1f s before the first was due%s",
                ok ? "ok" : "FAIL", sent.size(), count, early, twice, received, leadMillis / 1000.0,
                leadMillis > SWEEP_INTERVAL.toMillis() ? "" : " (less than one sweep interval: lateness includes the sweep's wait)");
        double rate = sent.size() * 1000.0 / Math.max(1, Duration.between(firstDue, lastSent).toMillis());
        long p99 = Stats.percentile(sorted, 0.99);
        return new Report.Row(String.format("%,d reminders due within one minute (%d mailboxes)", count, mailboxes),
                String.format("sent at %s as they fell due; lateness p50 %s, p99 %s, max %s", Stats.rate(rate),
                        Stats.duration(Stats.percentile(sorted, 0.50)), Stats.duration(p99), Stats.duration(Stats.max(sorted))),
                "all sent ≤ 60 s after due, 0 early, 0 twice", checks, smtp == null ? "—" : smtp.describe(),
                smtp == null ? "—" : Report.shareOfTime(smtp.p99Millis(), p99));
    }

    /** Contacts (reminders go only to confirmed registrations) and their reminders, due once all are stored. */
    private Map<String, Instant> schedule(int count, int mailboxes) {
        MongoCollection<Document> contacts = deliveries.database().getCollection("contacts");
        List<Document> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            people.add(new Document("_id", registration(i)).append("firstName", "Bench")
                    .append("email", recipient(i % mailboxes)).append("language", i % 2 == 0 ? "fr" : "en")
                    .append("status", "CONFIRMED"));
            if (people.size() == 1000 || i == count - 1) {
                contacts.insertMany(people);
                people.clear();
            }
        }
        // one sweep interval after the rows are stored, with room for storing them at a loaded store's pace
        Instant first = Instant.now().plus(SWEEP_INTERVAL).plusSeconds(5 + count / 200);
        Map<String, Instant> due = new HashMap<>();
        List<Document> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Instant at = first.plusMillis(60_000L * i / count);
            String id = "EVENT_REMINDER:" + registration(i);
            due.put(id, at);
            batch.add(new Document("_id", id).append("type", "EVENT_REMINDER").append("registrationId", registration(i))
                    .append("recipient", recipient(i % mailboxes)).append("language", i % 2 == 0 ? "fr" : "en")
                    .append("subject", "NEC bench " + run)
                    .append("model", new Document("firstName", "Bench").append("editionName", "NEC bench"))
                    .append("status", "SCHEDULED").append("dueAt", Date.from(at)).append("attempts", 0)
                    .append("createdAt", new Date()).append("pendingEvents", List.of()).append("sessionIds", List.of()));
            if (batch.size() == 1000 || i == count - 1) {
                deliveries.notifications.insertMany(batch);
                batch.clear();
            }
        }
        stored = Instant.now();
        System.out.printf("[bench]   %,d reminders due between %s and %s%n", count, first, first.plusSeconds(60));
        return due;
    }

    private String registration(int i) {
        return "bench-" + run + "-" + i;
    }

    private String recipient(int mailbox) {
        return "reminder-" + run + "-" + mailbox + "@example.org";
    }
}
