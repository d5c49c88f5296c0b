package org.nec.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * The MongoDB-wire store of the local platform (mongo-java-server). With a file it persists through H2's
 * MVStore; by default every acknowledged write is in the file before its reply ({@link Durability#COMMIT}), so a
 * {@code kill -9} loses none. A SIGTERM runs the shutdown hook that closes the file cleanly. One database per service.
 * A write it cannot make durable is refused and the store answers nothing more; run as its own process, it then
 * exits with {@link #EXIT_NOT_DURABLE} so that whoever supervises it sees it gone.
 */
public final class MongoStore implements AutoCloseable {

    /** The exit status after a write could not be made durable ({@code EX_IOERR}). */
    public static final int EXIT_NOT_DURABLE = 74;

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
        return open(file.toString(), port, durability);
    }

    /** A store on the file H2 names {@code fileName}, which may carry an H2 file system prefix. */
    static MongoStore open(String fileName, int port, Durability durability) {
        MongoStore store = new MongoStore(durability.open(fileName));
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

    /** Called once, with the reason, when a write could not be made durable; the store refuses everything since. */
    void whenNotDurable(Consumer<String> reaction) {
        if (backend instanceof DurableH2Backend durable) {
            durable.commits().whenLost(reaction);
        }
    }

    /** {@code MongoStore <port> <file> [background|commit|sync]}: runs until SIGTERM. */
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[1]);
        Files.createDirectories(file.toAbsolutePath().getParent());
        serve(Integer.parseInt(args[0]), args[1], args.length > 2 ? Durability.parse(args[2]) : Durability.COMMIT);
    }

    /** Runs the store on {@code fileName} until SIGTERM, or until a write cannot be made durable. */
    static void serve(int port, String fileName, Durability durability) throws InterruptedException {
        MongoStore store = open(fileName, port, durability);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            long commits = store.durableCommits();
            store.close();
            System.out.println("store closed" + (commits >= 0 ? " after " + commits + " durable commits" : ""));
            stopped.countDown();
        }, "mongo-store-shutdown"));
        store.whenNotDurable(reason -> {
            System.err.println("[store] a write could not be made durable (" + reason + "): the store exits with "
                    + EXIT_NOT_DURABLE + "; its file holds every write acknowledged before");
            // not on the thread that found it: exiting waits for the shutdown hook, which waits for that thread
            new Thread(() -> System.exit(EXIT_NOT_DURABLE), "mongo-store-exit").start();
        });
        System.out.println("MongoDB-wire store listening on " + Ports.LOOPBACK + ":" + port + ", data in " + fileName
                + ", durability " + durability.name().toLowerCase(Locale.ROOT));
        stopped.await();
    }
}
