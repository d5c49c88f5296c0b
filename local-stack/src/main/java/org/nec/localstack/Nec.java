package org.nec.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/** {@code ./nec up}: runs the whole platform in the foreground until SIGINT or SIGTERM. */
public final class Nec {

    private Nec() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 1 || !"up".equals(args[0])) {
            System.err.println("usage: ./nec up");
            System.exit(2);
        }
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        Path root = Path.of(System.getProperty("nec.root", ".")).toAbsolutePath().normalize();
        Instant started = Instant.now();
        LocalStack stack = new LocalStack(StackConfig.contract(root, System.getenv()), System.out);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("[nec] stopping");
            stack.close();
            System.out.println("[nec] stopped");
        }, "nec-shutdown"));
        try {
            stack.start();
        } catch (RuntimeException e) {
            System.err.println("[nec] " + e.getMessage());
            System.exit(1);
        }
        System.out.printf("[nec] platform ready in %.1f s%n",
                Duration.between(started, Instant.now()).toMillis() / 1000.0);
        stack.summary().forEach(line -> System.out.println("[nec]   " + line));
        System.out.println("[nec] Ctrl-C stops everything");
        int code = stack.awaitTermination();
        if (code != 0) {
            System.err.println("[nec] " + stack.failure());
        }
        System.exit(code);
    }
}
