package org.nec.localstack;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;

/**
 * A write the store cannot put in its file is refused, never acknowledged, and the store does not go on looking
 * healthy: it refuses every command since, {@code ping} included, and run as its own process it exits.
 */
class DurableStoreFailureIT {

    @TempDir
    Path dir;

    @AfterEach
    void diskNoLongerFull() {
        FailingFilePath.diskFull(false);
    }

    @Test
    void aWriteThatCannotReachTheFileIsRefusedAndTheStoreAnswersNothingMore() throws Exception {
        FailingFilePath.register();
        Path file = dir.resolve("store.mv.db");
        MongoStore store = MongoStore.open(FailingFilePath.SCHEME + ":" + file, Ports.free(), Durability.COMMIT);
        try (MongoClient client = client(store.uri("crash"))) {
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
            assertThatThrownBy(() -> client.getDatabase("crash").runCommand(new Document("ping", 1)))
                    .as("its clients' health checks see it away").isInstanceOf(MongoException.class);
            assertThatThrownBy(() -> registrations(client).find(eq("_id", "before")).first())
                    .as("nor does it answer reads from a memory its file may not match")
                    .isInstanceOf(MongoException.class);
        } finally {
            store.close();
        }

        try (MongoStore reopened = MongoStore.persistent(file, Ports.free());
                MongoClient client = client(reopened.uri("crash"))) {
            assertThat(registrations(client).find(eq("_id", "before")).first())
                    .as("the write acknowledged before the disk filled up").isNotNull();
        }
    }

    @Test
    void theStoreProcessExitsSayingWhyAndRestartsOnItsFile() throws Exception {
        Path file = dir.resolve("store.mv.db");
        Path diskFull = dir.resolve("disk-full");
        Path log = dir.resolve("store.log");

        try (StoreProcess store = StoreProcess.onFailingDisk(file, diskFull, log);
                MongoClient client = client(store.uri())) {
            registrations(client).insertOne(new Document("_id", "before"));

            Files.createFile(diskFull);

            assertThatThrownBy(() -> registrations(client).insertOne(new Document("_id", "during")))
                    .isInstanceOf(MongoException.class);
            assertThat(store.exitStatus(Duration.ofSeconds(30)))
                    .as("the store process ends by itself, see %s", log).hasValue(MongoStore.EXIT_NOT_DURABLE);
        }
        assertThat(Files.readString(log)).contains("a write could not be made durable",
                "No space left on device", "exits with " + MongoStore.EXIT_NOT_DURABLE);

        Files.delete(diskFull);
        try (StoreProcess store = StoreProcess.start(file, Durability.COMMIT, log);
                MongoClient client = client(store.uri())) {
            assertThat(registrations(client).find(eq("_id", "before")).first())
                    .as("the write acknowledged before the disk filled up").isNotNull();
            registrations(client).insertOne(new Document("_id", "after the restart"));
            assertThat(registrations(client).countDocuments()).isEqualTo(2);
        }
    }

    private static MongoClient client(String uri) {
        // short server selection: a store that is gone is reported at once rather than after 30 s
        return MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(uri))
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(3, TimeUnit.SECONDS))
                .build());
    }

    private static MongoCollection<Document> registrations(MongoClient client) {
        return client.getDatabase("crash").getCollection("registrations");
    }
}
