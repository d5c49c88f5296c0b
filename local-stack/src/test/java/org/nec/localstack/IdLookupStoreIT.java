package org.nec.localstack;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.in;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * Filters with {@code _id} and other conditions, served from the {@code _id} index by the store, answer exactly as
 * the library's own H2 backend answers them by scanning: the same operations run over the wire against both.
 */
class IdLookupStoreIT {

    @TempDir
    Path dir;

    @Test
    void idPlusConditionAnswersAsTheLibraryScan() throws Exception {
        List<Object> indexed;
        try (MongoStore store = MongoStore.persistent(dir.resolve("store.mv.db"), 0);
                MongoClient client = MongoClients.create(store.uri("test"))) {
            indexed = outcomes(client.getDatabase("test"));
        }
        MongoServer library = new MongoServer(new H2Backend(MVStore.open(null)));
        library.bind(Ports.LOOPBACK, 0);
        List<Object> scanned;
        try (MongoClient client = MongoClients.create("mongodb://" + Ports.LOOPBACK + ":"
                + library.getLocalAddress().getPort() + "/test")) {
            scanned = outcomes(client.getDatabase("test"));
        } finally {
            library.shutdown();
        }

        assertThat(indexed).isEqualTo(scanned);
        assertThat(indexed).startsWith(1L, 0L, List.of("s-3", "s-1"), "upserted new", "E11000", 3L, 0L, 1L);
        assertThat(indexed.subList(10, 13)).containsExactly(1L, List.of("s-0", "s-2"), null);
    }

    @Test
    void collectionsReopenedFromTheFileUseTheIndexToo() throws Exception {
        Path file = dir.resolve("reopened.mv.db");
        try (MongoStore store = MongoStore.persistent(file, 0);
                MongoClient client = MongoClients.create(store.uri("test"))) {
            seats(client.getDatabase("test")).insertOne(new Document("_id", "s-1").append("status", "PENDING"));
        }
        try (MongoStore store = MongoStore.persistent(file, 0);
                MongoClient client = MongoClients.create(store.uri("test"))) {
            MongoCollection<Document> seats = seats(client.getDatabase("test"));
            assertThat(seats.updateOne(and(eq("_id", "s-1"), eq("status", "PENDING")), Updates.set("status", "PAID"))
                    .getModifiedCount()).isEqualTo(1);
            assertThat(seats.find(and(eq("_id", "s-1"), eq("status", "PAID"))).first()).isNotNull();
        }
    }

    /** Every answer of a series of operations whose filters combine {@code _id} with other conditions. */
    private static List<Object> outcomes(MongoDatabase database) {
        MongoCollection<Document> seats = seats(database);
        for (int i = 0; i < 6; i++) {
            seats.insertOne(new Document("_id", "s-" + i).append("status", i % 2 == 0 ? "PENDING" : "CONFIRMED")
                    .append("rank", i).append("items", List.of(new Document("k", 1).append("v", 0),
                            new Document("k", 2).append("v", 0))));
        }
        seats.insertOne(new Document("_id", "quota").append("remaining", 3L));
        List<Object> outcomes = new ArrayList<>();
        // matching, then no longer matching
        outcomes.add(seats.updateOne(and(eq("_id", "s-0"), eq("status", "PENDING")), Updates.set("status", "PAID"))
                .getMatchedCount());
        outcomes.add(seats.updateOne(and(eq("_id", "s-0"), eq("status", "PENDING")), Updates.set("status", "PAID"))
                .getMatchedCount());
        // $in with a condition and a sort
        outcomes.add(seats.find(and(in("_id", "s-1", "s-2", "s-3", "absent"), eq("status", "CONFIRMED")))
                .sort(Sorts.descending("rank")).map(d -> d.getString("_id")).into(new ArrayList<>()));
        // an upsert where the condition matches nothing: inserted, or refused when the _id is taken
        outcomes.add("upserted " + seats.updateOne(and(eq("_id", "new"), eq("status", "PENDING")),
                Updates.set("rank", 9), new UpdateOptions().upsert(true)).getUpsertedId().asString().getValue());
        try {
            seats.updateOne(and(eq("_id", "s-2"), eq("status", "GONE")), Updates.set("rank", 9),
                    new UpdateOptions().upsert(true));
            outcomes.add("no error");
        } catch (MongoWriteException e) {
            outcomes.add(e.getMessage().contains("E11000") ? "E11000" : e.getMessage());
        }
        // findAndModify claiming from a quota until it is empty
        long claimed = 0;
        for (int i = 0; i < 5; i++) {
            if (seats.findOneAndUpdate(and(eq("_id", "quota"), gt("remaining", 0L)), Updates.inc("remaining", -1L)) != null) {
                claimed++;
            }
        }
        outcomes.add(claimed);
        outcomes.add(seats.find(eq("_id", "quota")).first().getLong("remaining"));
        // positional operator, projection, returned document
        outcomes.add(seats.updateOne(and(eq("_id", "s-4"), eq("items.k", 2)), Updates.set("items.$.v", 7))
                .getModifiedCount());
        outcomes.add(seats.findOneAndUpdate(and(eq("_id", "s-4"), eq("status", "PENDING")), Updates.inc("rank", 1),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER)
                        .projection(Projections.include("items", "rank"))));
        outcomes.add(seats.find(and(eq("_id", "s-5"), eq("rank", 5))).projection(Projections.include("status")).first());
        // the flat shape Spring Data writes, besides the driver's $and
        outcomes.add(seats.updateOne(new Document("_id", "s-2").append("status", "PENDING").append("rank", new Document("$lt", 5)),
                Updates.set("status", "PAID")).getModifiedCount());
        outcomes.add(seats.find(new Document("_id", new Document("$in", List.of("s-3", "s-2", "s-0"))).append("status", "PAID"))
                .sort(Sorts.ascending("rank")).map(d -> d.getString("_id")).into(new ArrayList<>()));
        outcomes.add(seats.find(new Document("_id", "s-2").append("status", "PENDING")).first());
        // counts, multi-updates and deletes
        outcomes.add(seats.countDocuments(and(in("_id", "s-0", "s-1", "s-2", "s-4"), eq("status", "PENDING"))));
        outcomes.add(seats.updateMany(and(in("_id", "s-1", "s-3", "s-5"), eq("status", "CONFIRMED")),
                Updates.set("status", "CANCELLED")).getModifiedCount());
        outcomes.add(seats.deleteMany(and(in("_id", "s-1", "s-2", "s-3"), eq("status", "CANCELLED"))).getDeletedCount());
        outcomes.add(seats.deleteOne(and(eq("_id", "s-5"), eq("status", "PENDING"))).getDeletedCount());
        outcomes.add(seats.find().sort(Sorts.ascending("_id")).into(new ArrayList<>()));
        return outcomes;
    }

    private static MongoCollection<Document> seats(MongoDatabase database) {
        return database.getCollection("seats");
    }
}
