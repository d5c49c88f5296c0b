package org.nec.bench.drill;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.nec.localstack.LocalStack;
import org.nec.localstack.Ports;
import org.nec.localstack.StackConfig;

/**
 * A platform of the drill's own, as {@code ./nec up} runs it (each component its own process, restarted when it
 * dies), on free ports and a fresh state directory under {@code bench/target/drill/<target>}; the launcher's
 * console goes to {@code nec.out} there.
 */
final class DrillPlatform implements AutoCloseable {

    static final String PASSWORD = "drill-organiser-password";

    private final StackConfig config;
    private final LocalStack stack;
    private final PrintStream console;
    final Api api = new Api(PASSWORD);

    private DrillPlatform(StackConfig config, PrintStream console) {
        this.config = config;
        this.console = console;
        this.stack = new LocalStack(config, console);
    }

    static DrillPlatform start(Path root, String target) {
        Path state = root.resolve("bench/target/drill").resolve(target);
        deleteTree(state);
        try {
            Files.createDirectories(state);
            PrintStream console = new PrintStream(new FileOutputStream(state.resolve("nec.out").toFile()), true,
                    StandardCharsets.UTF_8);
            StackConfig config = StackConfig.freePorts(root, state, Map.of("NEC_ORGANISER_PASSWORD", PASSWORD,
                    "NEC_DEMO", "false", "NEC_RATE_LIMIT_PER_MINUTE", "0"));
            DrillPlatform platform = new DrillPlatform(config, console);
            Progress.say("starting a platform in " + root.relativize(state));
            platform.stack.start();
            return platform;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    StackConfig config() {
        return config;
    }

    Path state() {
        return config.stateDir();
    }

    String url(String service) {
        return "gateway".equals(service) ? config.frontDoor().url() : config.service(service).url();
    }

    String mongoUri() {
        return "mongodb://" + Ports.LOOPBACK + ":" + config.mongoPort();
    }

    /** The stack's failure (it gave up on a component), null while it runs. */
    String failure() {
        return stack.failure();
    }

    /** {@code kill -9} of the component's current process; its pid. */
    long kill(String component) {
        ProcessHandle process = process(component).orElseThrow(() -> new IllegalStateException(
                "No running process for " + component));
        process.destroyForcibly();
        Waits.until(Duration.ofSeconds(10), () -> !process.isAlive());
        return process.pid();
    }

    /** Seconds from {@code since} until the component answers again from a new process, or -1 past the timeout. */
    double awaitBack(String component, long killedPid, Instant since, Duration timeout) {
        BooleanSupplier back = () -> process(component).filter(p -> p.pid() != killedPid).isPresent()
                && answers(component);
        return Waits.until(timeout, back) ? Duration.between(since, Instant.now()).toMillis() / 1000.0 : -1;
    }

    boolean answers(String component) {
        return switch (component) {
            case "store" -> Ports.isListening(config.mongoPort());
            case "broker" -> Ports.isListening(config.kafkaPort());
            case "mail" -> Ports.isListening(config.smtpPort());
            default -> api.get(url(component) + "/actuator/health").status() == 200;
        };
    }

    /** The component's process among the launcher's children, told apart by its command line. */
    Optional<ProcessHandle> process(String component) {
        String mark = switch (component) {
            case "store" -> "org.nec.localstack.MongoStore";
            case "broker" -> "kafka.Kafka";
            case "mail" -> "org.nec.localstack.MailServer";
            case "gateway" -> "gateway-exec.jar";
            default -> component + "-service-exec.jar";
        };
        return ProcessHandle.current().children().filter(ProcessHandle::isAlive)
                .filter(p -> commandLine(p).contains(mark)).findFirst();
    }

    /** Read from /proc: {@link ProcessHandle.Info} leaves it out when it is long (the infrastructure's classpath). */
    private static String commandLine(ProcessHandle process) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc", String.valueOf(process.pid()), "cmdline")),
                    StandardCharsets.UTF_8).replace('\0', ' ');
        } catch (IOException e) {
            return process.info().commandLine().orElse("");
        }
    }

    @Override
    public void close() {
        stack.close();
        console.close();
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
