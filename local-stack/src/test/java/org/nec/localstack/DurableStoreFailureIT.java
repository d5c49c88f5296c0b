package org.nec.localstack;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;

import de.bwaldvogel.mongo.MongoServer;

/** A write the store cannot put in its file is refused, never acknowledged. */
class DurableStoreFailureIT {

    @TempDir
    Path dir;

    @AfterEach
    void diskNoLongerFull() {
        FailingFilePath.diskFull(false);
    }

    @Test
    void aWriteThatCannotReachTheFileIsRefused() {
        FailingFilePath.register();
        Path file = dir.resolve("store.mv.db");
        MVStore mvStore = MVStore.open(FailingFilePath.SCHEME + ":" + file);
        MongoServer server = new MongoServer(new DurableH2Backend(mvStore, new GroupCommit(mvStore, false)));
        int port = Ports.free();
        server.bind(Ports.LOOPBACK, port);
        try (MongoClient client = MongoClients.create("mongodb://" + Ports.LOOPBACK + ":" + port)) {
            registrations(client).insertOne(new Document("_id", "before"));

            FailingFilePath.diskFull(true);

            assertThatThrownBy(() -> registrations(client).insertOne(new Document("_id", "during")))
                    .isInstanceOf(MongoException.class)
                    .hasMessageContaining("could not make the write durable")
                    .hasMessageContaining("No space left on device");
            FailingFilePath.diskFull(false);
            assertThatThrownBy(() -> registrations(client).insertOne(new Document("_id", "after")))
                    .as("a store that lost its file refuses writes rather than keeping them in memory only")
                    .isInstanceOf(MongoException.class);
        } finally {
            server.shutdownNow();
        }

        try (MongoStore reopened = MongoStore.persistent(file, Ports.free());
                MongoClient client = MongoClients.create(reopened.uri("crash"))) {
            assertThat(registrations(client).find(eq("_id", "before")).first())
                    .as("the write acknowledged before the disk filled up").isNotNull();
        } catch (Exception e) {
            throw new AssertionError("the store does not reopen after a failed commit", e);
        }
    }

    private static MongoCollection<Document> registrations(MongoClient client) {
        return client.getDatabase("crash").getCollection("registrations");
    }
}
