package org.nec.bench.perf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.nec.localstack.LocalStack;
import org.nec.localstack.StackConfig;

/**
 * The platform started by the bench from the built jars, as {@code ./nec up} starts it (default settings, free
 * ports, a fresh state directory under {@code bench/target/perf}), and the memory its processes hold.
 */
final class OwnPlatform implements AutoCloseable {

    private final LocalStack stack;
    final StackConfig config;
    final double readySeconds;

    private OwnPlatform(LocalStack stack, StackConfig config, double readySeconds) {
        this.stack = stack;
        this.config = config;
        this.readySeconds = readySeconds;
    }

    static OwnPlatform start(Path root) throws IOException {
        Path state = Files.createDirectories(root.resolve("bench/target/perf/state-" + System.currentTimeMillis()));
        Map<String, String> environment = new HashMap<>(System.getenv());
        byte[] secret = new byte[12];
        new SecureRandom().nextBytes(secret);
        environment.put("NEC_ORGANISER_PASSWORD", HexFormat.of().formatHex(secret));
        StackConfig config = StackConfig.freePorts(root, state, environment);
        LocalStack stack = new LocalStack(config, System.out);
        long start = System.nanoTime();
        stack.start();
        return new OwnPlatform(stack, config, (System.nanoTime() - start) / 1e9);
    }

    /** Resident memory of every process the platform runs (the bench's own JVM left out), in MiB. */
    static long residentMiB() {
        List<ProcessHandle> processes = ProcessHandle.current().descendants().toList();
        long kib = 0;
        for (ProcessHandle process : processes) {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
                    if (line.startsWith("VmRSS:")) {
                        kib += Long.parseLong(line.replaceAll("\\D", ""));
                    }
                }
            } catch (IOException | RuntimeException gone) {
                // the process ended meanwhile
            }
        }
        return kib / 1024;
    }

    @Override
    public void close() {
        stack.close();
    }
}
