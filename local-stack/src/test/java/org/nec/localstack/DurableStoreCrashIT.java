package org.nec.localstack;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Updates;

/**
 * Writes from several clients, records every acknowledged one, kills the store with SIGKILL right after the last
 * acknowledgement and restarts it on the same file. {@code -Dnec.store.durability=background} runs it against
 * H2's background commit, which loses the writes of the last second.
 */
class DurableStoreCrashIT {

    private static final int WRITERS = 4;
    private static final int DOCUMENTS_PER_WRITER = 500;
    private static final int SEATS = WRITERS * DOCUMENTS_PER_WRITER;

    @TempDir
    Path dir;

    private final Set<String> acknowledgedInserts = ConcurrentHashMap.newKeySet();
    private final AtomicLong acknowledgedSeats = new AtomicLong();

    @Test
    void everyAcknowledgedWriteSurvivesAKillOfTheStore() throws Exception {
        Durability durability = Durability.parse(System.getProperty("nec.store.durability", "commit"));
        Path file = dir.resolve("store.mv.db");
        Path log = dir.resolve("store.log");

        try (StoreProcess store = StoreProcess.start(file, durability, log);
                MongoClient client = client(store)) {
            write(client);
            store.kill();
        }

        try (StoreProcess store = StoreProcess.start(file, durability, log);
                MongoClient client = client(store)) {
            Set<String> found = new HashSet<>();
            registrations(client).find().forEach(document -> found.add(document.getString("_id")));
            Set<String> lost = new HashSet<>(acknowledgedInserts);
            lost.removeAll(found);
            Document seats = seats(client).find(eq("_id", "hall")).first();

            assertThat(acknowledgedInserts).hasSize(SEATS);
            assertThat(lost).as("%d of %d acknowledged inserts lost", lost.size(), SEATS).isEmpty();
            assertThat(seats).as("the seat counter, created before any registration").isNotNull();
            assertThat(seats.getInteger("taken")).as("seats taken through acknowledged conditional updates")
                    .isEqualTo(acknowledgedSeats.intValue());
        }
    }

    /** Each writer registers its attendees, each taking a seat with the quota's conditional update. */
    private void write(MongoClient client) throws Exception {
        seats(client).insertOne(new Document("_id", "hall").append("taken", 0));
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Future<?>> writers = IntStream.range(0, WRITERS)
                    .<Future<?>>mapToObj(writer -> pool.submit(() -> register(client, writer)))
                    .toList();
            for (Future<?> writer : writers) {
                writer.get(3, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void register(MongoClient client, int writer) {
        for (int i = 0; i < DOCUMENTS_PER_WRITER; i++) {
            String id = "attendee-" + writer + "-" + i;
            registrations(client).insertOne(new Document("_id", id).append("writer", writer));
            acknowledgedInserts.add(id);
            Document taken = seats(client).findOneAndUpdate(and(eq("_id", "hall"), lt("taken", SEATS)),
                    Updates.inc("taken", 1));
            if (taken != null) {
                acknowledgedSeats.incrementAndGet();
            }
        }
    }

    private static MongoClient client(StoreProcess store) {
        // short server selection: closing the first client after the kill must not wait for a store that is gone
        return MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(store.uri()))
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(5, TimeUnit.SECONDS))
                .build());
    }

    private static MongoCollection<Document> registrations(MongoClient client) {
        return client.getDatabase("crash").getCollection("registrations");
    }

    private static MongoCollection<Document> seats(MongoClient client) {
        return client.getDatabase("crash").getCollection("seats");
    }
}
