package org.nec.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * The MongoDB-wire store of the local platform (mongo-java-server). With a file it persists through H2's
 * MVStore; by default every acknowledged write is in the file before its reply ({@link Durability#COMMIT}), so a
 * {@code kill -9} loses none. A SIGTERM runs the shutdown hook that closes the file cleanly. One database per service.
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

    /** A store persisted in {@code file}, each acknowledged write in the file before its reply. */
    public static MongoStore persistent(Path file, int port) throws Exception {
        return persistent(file, port, Durability.COMMIT);
    }

    public static MongoStore persistent(Path file, int port, Durability durability) throws Exception {
        Files.createDirectories(file.toAbsolutePath().getParent());
        MongoStore store = new MongoStore(durability.open(file));
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

    /** Commits written to make writes durable so far, -1 when the store does not commit per write. */
    public long durableCommits() {
        return backend instanceof DurableH2Backend durable ? durable.commits().commits() : -1;
    }

    /** {@code MongoStore <port> <file> [background|commit|sync]}: runs until SIGTERM. */
    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Durability durability = args.length > 2 ? Durability.parse(args[2]) : Durability.COMMIT;
        MongoStore store = persistent(Path.of(args[1]), port, durability);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            long commits = store.durableCommits();
            store.close();
            System.out.println("store closed cleanly" + (commits >= 0 ? " after " + commits + " durable commits" : ""));
            stopped.countDown();
        }, "mongo-store-shutdown"));
        System.out.println("MongoDB-wire store listening on " + Ports.LOOPBACK + ":" + port + ", data in " + args[1]
                + ", durability " + durability.name().toLowerCase(Locale.ROOT));
        stopped.await();
    }
}
