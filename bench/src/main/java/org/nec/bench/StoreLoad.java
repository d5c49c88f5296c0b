package org.nec.bench;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.lt;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.bson.Document;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Updates;

/** One write pattern run by n clients for a while: how many writes per second, and their latency. */
final class StoreLoad {

    record Result(double perSecond, double p50Millis, double p99Millis) {
    }

    private static final AtomicLong IDS = new AtomicLong();

    private StoreLoad() {
    }

    /** Registration-sized inserts, each its own document. */
    static Result inserts(MongoClient client, int clients, Duration warmUp, Duration measured) throws Exception {
        MongoCollection<Document> registrations = client.getDatabase("bench").getCollection("registrations");
        return run(clients, warmUp, measured, () -> registrations.insertOne(new Document("_id", "r-" + IDS.incrementAndGet())
                .append("firstName", "Aïcha").append("lastName", "Martin").append("email", "aicha@example.org")
                .append("organisation", "Coop des Communs").append("ticketType", "MEMBER").append("status", "CONFIRMED")));
    }

    /** The quota's conditional update, all clients on one hot document. */
    static Result conditionalUpdates(MongoClient client, int clients, Duration warmUp, Duration measured) throws Exception {
        MongoCollection<Document> quotas = client.getDatabase("bench").getCollection("quotas");
        quotas.deleteMany(new Document());
        quotas.insertOne(new Document("_id", "MEMBER").append("taken", 0L));
        return run(clients, warmUp, measured, () -> {
            if (quotas.findOneAndUpdate(and(eq("_id", "MEMBER"), lt("taken", Long.MAX_VALUE)), Updates.inc("taken", 1L)) == null) {
                throw new IllegalStateException("the quota document is gone");
            }
        });
    }

    /**
     * The seat claim's and state transition's shape: a conditional update by {@code _id} plus a condition on another
     * field, on a random one of {@code stored} documents already in the collection (see {@link #store}).
     */
    static Result conditionalUpdatesAmong(MongoClient client, int stored, int clients, Duration warmUp, Duration measured)
            throws Exception {
        MongoCollection<Document> seats = client.getDatabase("bench").getCollection("seats");
        return run(clients, warmUp, measured, () -> {
            String id = "s-" + ThreadLocalRandom.current().nextInt(stored);
            long matched = seats.updateOne(and(eq("_id", id), gt("remaining", 0L)), Updates.inc("version", 1L))
                    .getMatchedCount();
            if (matched != 1) {
                throw new IllegalStateException("the conditional update matched " + matched + " documents for " + id);
            }
        });
    }

    /** Fills the seats collection with {@code stored} documents in batches; returns the inserts per second. */
    static double store(MongoClient client, int stored) {
        MongoCollection<Document> seats = client.getDatabase("bench").getCollection("seats");
        seats.deleteMany(new Document());
        long began = System.nanoTime();
        for (int from = 0; from < stored; from += 1_000) {
            List<Document> batch = new ArrayList<>();
            for (int i = from; i < Math.min(stored, from + 1_000); i++) {
                batch.add(new Document("_id", "s-" + i).append("status", "PENDING").append("remaining", 10L)
                        .append("version", 0L).append("email", "attendee-" + i + "@example.org"));
            }
            seats.insertMany(batch);
        }
        return stored * 1e9 / (System.nanoTime() - began);
    }

    private static Result run(int clients, Duration warmUp, Duration measured, Runnable write) throws Exception {
        long start = System.nanoTime() + warmUp.toNanos();
        long end = start + measured.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<long[]>> workers = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                workers.add(pool.submit(() -> latencies(write, start, end)));
            }
            List<long[]> all = new ArrayList<>();
            for (Future<long[]> worker : workers) {
                all.add(worker.get(measured.plus(warmUp).toSeconds() + 60, TimeUnit.SECONDS));
            }
            long[] sorted = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            return new Result(sorted.length * 1e9 / measured.toNanos(), percentile(sorted, 0.50), percentile(sorted, 0.99));
        } finally {
            pool.shutdownNow();
        }
    }

    /** Writes until {@code end}; returns the latencies of the writes started after {@code start}. */
    private static long[] latencies(Runnable write, long start, long end) {
        long[] latencies = new long[1 << 16];
        int count = 0;
        for (long now = System.nanoTime(); now < end; now = System.nanoTime()) {
            write.run();
            if (now >= start) {
                if (count == latencies.length) {
                    latencies = Arrays.copyOf(latencies, count * 2);
                }
                latencies[count++] = System.nanoTime() - now;
            }
        }
        return Arrays.copyOf(latencies, count);
    }

    private static double percentile(long[] sorted, double quantile) {
        return sorted.length == 0 ? Double.NaN : sorted[(int) Math.min(sorted.length - 1, sorted.length * quantile)] / 1e6;
    }
}
