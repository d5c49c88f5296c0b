package org.nec.localstack;

import java.nio.file.Path;

/**
 * {@code ./nec up [--brokers N] [--instances N]}: runs the whole platform in the foreground until SIGINT or
 * SIGTERM, or until it gives up on a component that keeps crashing (exit code 1). {@code --brokers 3} runs a
 * 3-node Kafka cluster, {@code --instances 2} two instances of each service behind the front door.
 */
public final class Nec {

    static final String USAGE = "usage: ./nec up [--brokers 1-" + StackConfig.MAX_BROKERS + "] [--instances 1-"
            + StackConfig.MAX_INSTANCES + "]";

    private Nec() {
    }

    /** How many brokers and instances of each service to run. */
    record Scale(int brokers, int instances) {

        /** The scale the arguments ask for; null when they are not {@code up} and those options. */
        static Scale parse(String... args) {
            if (args.length == 0 || !"up".equals(args[0]) || args.length % 2 == 0) {
                return null;
            }
            int brokers = 1;
            int instances = 1;
            for (int i = 1; i < args.length; i += 2) {
                int value;
                try {
                    value = Integer.parseInt(args[i + 1]);
                } catch (NumberFormatException e) {
                    return null;
                }
                switch (args[i]) {
                    case "--brokers" -> brokers = value;
                    case "--instances" -> instances = value;
                    default -> {
                        return null;
                    }
                }
            }
            boolean fits = brokers >= 1 && brokers <= StackConfig.MAX_BROKERS && instances >= 1
                    && instances <= StackConfig.MAX_INSTANCES;
            return fits ? new Scale(brokers, instances) : null;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Scale scale = Scale.parse(args);
        if (scale == null) {
            System.err.println(USAGE);
            System.exit(2);
        }
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        Path root = Path.of(System.getProperty("nec.root", ".")).toAbsolutePath().normalize();
        LocalStack stack = new LocalStack(StackConfig.contract(root, System.getenv(), scale.brokers(),
                scale.instances()), System.out);
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
