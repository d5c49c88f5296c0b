package org.nec.localstack;

import java.nio.file.Path;

/**
 * {@code ./nec up}: runs the whole platform in the foreground until SIGINT or SIGTERM, or until it gives up on a
 * component that keeps crashing (exit code 1).
 */
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
        System.out.println("[nec] Ctrl-C stops everything");
        // a failure has been printed where it happened, with the component's last log lines
        System.exit(stack.awaitTermination());
    }
}
