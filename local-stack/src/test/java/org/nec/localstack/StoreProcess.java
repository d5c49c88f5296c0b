package org.nec.localstack;

import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/** The store run as its own process, as {@code ./nec up} runs it, so that it can be killed with SIGKILL. */
final class StoreProcess implements AutoCloseable {

    private final Process process;
    private final int port;

    private StoreProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static StoreProcess start(Path file, Durability durability, Path log) throws Exception {
        return start(MongoStore.class, List.of(file.toString(), durability.name()), log);
    }

    /** The store on {@code file}, whose writes fail as on a full disk while {@code marker} exists. */
    static StoreProcess onFailingDisk(Path file, Path marker, Path log) throws Exception {
        return start(StoreOnFailingDisk.class, List.of(file.toString(), marker.toString()), log);
    }

    private static StoreProcess start(Class<?> main, List<String> args, Path log) throws Exception {
        int port = Ports.free();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                main.getName(), String.valueOf(port)));
        command.addAll(args);
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        StoreProcess store = new StoreProcess(process, port);
        await("store listening on " + port).atMost(Duration.ofSeconds(60))
                .failFast("store exited, see " + log, () -> !process.isAlive())
                .until(() -> Ports.isListening(port));
        return store;
    }

    String uri() {
        return "mongodb://" + Ports.LOOPBACK + ":" + port;
    }

    /** The exit status once the process has ended by itself, or empty if it still runs after {@code timeout}. */
    OptionalInt exitStatus(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)
                ? OptionalInt.of(process.exitValue()) : OptionalInt.empty();
    }

    /** {@code kill -9}: no shutdown hook runs, nothing is flushed on the way out. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("store still running after SIGKILL");
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }
}
