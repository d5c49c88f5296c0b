package org.nec.bench.perf;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;

/**
 * Stored registrations before a figure is measured again, so its cost per operation can be compared at two
 * sizes of the store. They are written straight into registration-service's {@code registrations} collection,
 * each a copy of one registration made through the front door (so in the exact shape the service writes) with its
 * own id, address and creation time, and no pending events. Only the registration store grows: the ticket type's
 * holders, the contacts and the delivery log do not (the API at this machine's pace would take an hour for
 * 100,000).
 */
final class Preload {

    private static final int BATCH = 1000;
    private static final int WRITERS = 4;

    private Preload() {
    }

    /** Writes {@code count} copies of the registration {@code templateId}; returns the time it took. */
    static Duration registrations(Target target, String templateId, String run, int count) throws Exception {
        long start = System.nanoTime();
        try (MongoClient client = MongoClients.create(target.mongoUri())) {
            MongoCollection<Document> registrations = client.getDatabase("registration").getCollection("registrations");
            Document template = registrations.find(Filters.eq("_id", templateId)).first();
            if (template == null) {
                throw new IllegalStateException("registration " + templateId + " is not in the registration store");
            }
            template.remove("idempotencyKey");
            template.put("pendingEvents", List.of());
            ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
            try {
                List<Future<?>> batches = new ArrayList<>();
                for (int from = 0; from < count; from += BATCH) {
                    int first = from;
                    int last = Math.min(count, from + BATCH);
                    batches.add(pool.submit(() -> {
                        List<Document> batch = new ArrayList<>(last - first);
                        for (int n = first; n < last; n++) {
                            batch.add(copy(template, "preload-" + run + "-" + n + "@example.org"));
                        }
                        registrations.insertMany(batch);
                        return null;
                    }));
                }
                long done = 0;
                for (Future<?> batch : batches) {
                    batch.get(600, TimeUnit.SECONDS);
                    done += BATCH;
                    if (done % 10_000 == 0) {
                        System.out.printf("[bench]   %,d registrations stored%n", Math.min(done, count));
                    }
                }
            } finally {
                pool.shutdownNow();
            }
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static Document copy(Document template, String email) {
        Document copy = new Document(template);
        copy.put("_id", UUID.randomUUID().toString());
        copy.put("email", email);
        copy.put("activeEmail", email);
        copy.put("manageTokenHash", UUID.randomUUID().toString().replace("-", ""));
        copy.put("createdAt", new Date());
        return copy;
    }
}
