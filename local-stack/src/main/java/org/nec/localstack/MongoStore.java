package org.nec.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * The MongoDB-wire store of the local platform (mongo-java-server). With a file it persists through H2's
 * MVStore, which must be closed cleanly: a SIGTERM runs the shutdown hook that does it. One database per service.
 */
public final class MongoStore implements AutoCloseable {

    private final MongoServer server;
    private final MongoBackend backend;

    private MongoStore(MongoBackend backend) {
        this.backend = backend;
        this.server = new MongoServer(backend);
    }

    /** A store kept in memory only, for tests. */
    public static MongoStore inMemory(int port) {
        MongoStore store = new MongoStore(new MemoryBackend());
        store.server.bind(Ports.LOOPBACK, port);
        return store;
    }

    /** A store persisted in {@code file}. */
    public static MongoStore persistent(Path file, int port) throws Exception {
        Files.createDirectories(file.toAbsolutePath().getParent());
        MongoStore store = new MongoStore(new H2Backend(file.toString()));
        store.server.bind(Ports.LOOPBACK, port);
        return store;
    }

    public int port() {
        return server.getLocalAddress().getPort();
    }

    public String uri(String database) {
        return "mongodb://" + Ports.LOOPBACK + ":" + port() + "/" + database;
    }

    @Override
    public void close() {
        // shutdown() stops listening, closes the clients and then the backend (H2 commits and closes the file)
        server.shutdown();
    }

    /** {@code MongoStore <port> <file>}: runs until SIGTERM. */
    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        MongoStore store = persistent(Path.of(args[1]), port);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            store.close();
            System.out.println("store closed cleanly");
            stopped.countDown();
        }, "mongo-store-shutdown"));
        System.out.println("MongoDB-wire store listening on " + Ports.LOOPBACK + ":" + port + ", data in " + args[1]);
        stopped.await();
    }
}
