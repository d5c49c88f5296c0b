package org.nec.bench.perf;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;

/**
 * notification-service's delivery log, read from its store: when each message was accepted by the mail server
 * ({@code sentAt}, stamped once SMTP answered). Messages are looked up by id ({@code TYPE:key}), which every
 * store answers from its index, so watching them does not load the store.
 */
final class Deliveries implements AutoCloseable {

    private final MongoClient client;
    final MongoCollection<Document> notifications;

    Deliveries(Target target) {
        client = MongoClients.create(target.mongoUri());
        notifications = client.getDatabase("notification").getCollection("notifications");
    }

    com.mongodb.client.MongoDatabase database() {
        return client.getDatabase("notification");
    }

    /** The send instants of those of {@code ids} already sent; waits, bounded, until all are or time runs out. */
    Map<String, Instant> awaitSent(Collection<String> ids, Duration bound) throws InterruptedException {
        Map<String, Instant> sent = new HashMap<>();
        List<String> waiting = new ArrayList<>(ids);
        Instant deadline = Instant.now().plus(bound);
        Instant lastReport = Instant.now();
        while (!waiting.isEmpty() && Instant.now().isBefore(deadline)) {
            for (int from = 0; from < waiting.size(); from += 500) {
                List<String> chunk = waiting.subList(from, Math.min(waiting.size(), from + 500));
                for (Document d : notifications.find(Filters.in("_id", chunk))) {
                    Date at = d.getDate("sentAt");
                    if ("SENT".equals(d.getString("status")) && at != null) {
                        sent.put(d.getString("_id"), at.toInstant());
                    }
                }
            }
            waiting.removeIf(sent::containsKey);
            if (!waiting.isEmpty()) {
                if (Duration.between(lastReport, Instant.now()).toSeconds() >= 10) {
                    System.out.printf("[bench]   %d of %d mails sent%n", sent.size(), ids.size());
                    lastReport = Instant.now();
                }
                Thread.sleep(500);
            }
        }
        return sent;
    }

    /**
     * Waits, bounded, until no message is due and unsent any more, so one figure's mails do not weigh on the
     * next. This query scans the collection on the embedded store: it runs between figures only.
     */
    void awaitQuiet(Duration bound) throws InterruptedException {
        Instant deadline = Instant.now().plus(bound);
        long due = 1;
        while (Instant.now().isBefore(deadline)) {
            due = notifications.countDocuments(Filters.and(Filters.eq("status", "SCHEDULED"),
                    Filters.lte("dueAt", new Date())));
            if (due == 0) {
                return;
            }
            Thread.sleep(2000);
        }
        System.out.printf("[bench] %d mails still due after %d s; going on%n", due, bound.toSeconds());
    }

    @Override
    public void close() {
        client.close();
    }
}
