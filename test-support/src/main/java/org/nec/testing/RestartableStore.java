package org.nec.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.nec.localstack.MongoStore;
import org.nec.localstack.Ports;

/**
 * A MongoDB-wire store of a test's own, persisted in a file, that the test can stop and start again on the same
 * port and file, as an operator's restart would.
 */
public final class RestartableStore implements AutoCloseable {

    private final int port = Ports.free();
    private final Path file;
    private MongoStore store;

    public RestartableStore() {
        try {
            file = Files.createTempDirectory("nec-store-down-").resolve("store.mv");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        start();
    }

    public String uri(String database) {
        return "mongodb://" + Ports.LOOPBACK + ":" + port + "/" + database;
    }

    public void stop() {
        store.close();
    }

    public void start() {
        try {
            store = MongoStore.persistent(file, port);
        } catch (Exception e) {
            throw new IllegalStateException("the store did not start on " + file, e);
        }
    }

    @Override
    public void close() {
        store.close();
    }
}
