package org.nec.bench.drill;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.kafka.common.config.ConfigResource;
import org.nec.localstack.LocalStack;
import org.nec.localstack.StackConfig;

/**
 * Scale-out drilled: a 3-broker KRaft cluster and two instances of each service, registrations through the front
 * door, then {@code kill -9} of one broker and of the second instance of each service 10 s in. Verdict: no
 * acknowledged registration lost (each is in the admin export), each registration's mail delivered exactly once
 * (the mail server's delivery journal), and the consumer-group rebalances seen on the way.
 */
public final class ScaleDrill {

    private static final String PASSWORD = "scale-drill-password-42";
    private static final Duration LOAD = Duration.ofSeconds(40);
    private static final Duration KILL_AFTER = Duration.ofSeconds(10);
    private static final Duration SETTLE = Duration.ofSeconds(180);
    private static final List<String> KILLED = List.of("kafka-2", "registration-2", "agenda-2", "notification-2");

    private ScaleDrill() {
    }

    public static void main(String[] args) throws Exception {
        Path root = args.length > 0 && Files.isDirectory(Path.of(args[0])) ? Path.of(args[0])
                : Path.of(System.getProperty("user.dir"));
        String verdict = run(root.toAbsolutePath().normalize());
        System.out.println(verdict);
        if (!verdict.startsWith("drill scale: PASS")) {
            System.exit(1);
        }
    }

    /** Runs the drill on a platform of its own and returns its verdict line. */
    public static String run(Path root) throws Exception {
        Path state = root.resolve("bench/target/drill/scale");
        deleteTree(state);
        Files.createDirectories(state);
        PrintStream console = new PrintStream(new FileOutputStream(state.resolve("nec.out").toFile()), true,
                StandardCharsets.UTF_8);
        StackConfig config = StackConfig.freePorts(root, state, Map.of("NEC_ORGANISER_PASSWORD", PASSWORD,
                "NEC_DEMO", "false", "NEC_RATE_LIMIT_PER_MINUTE", "0"), 3, 2);
        say("starting 3 brokers and 2 instances of each service in " + root.relativize(state));
        try (LocalStack stack = new LocalStack(config, console)) {
            Instant booting = Instant.now();
            stack.start();
            say(String.format("platform ready in %.0f s", seconds(booting)));
            return drill(stack, config, state);
        }
    }

    private static String drill(LocalStack stack, StackConfig config, Path state) throws Exception {
        Instant start = Instant.now();
        ScaleLoad load = new ScaleLoad(config.frontDoor().url(), state.resolve("acknowledged.log"));
        List<String> killed = new ArrayList<>();
        try (ScaleRebalances rebalances = new ScaleRebalances(config.kafkaBootstrapServers(), start)) {
            String topics = topicSettings(rebalances);
            say("topics: " + topics);
            Thread killer = new Thread(() -> {
                try {
                    Thread.sleep(KILL_AFTER.toMillis());
                } catch (InterruptedException e) {
                    return;
                }
                KILLED.forEach(name -> stack.process(name).ifPresent(p -> {
                    p.destroyForcibly();
                    killed.add(name + " (pid " + p.pid() + ")");
                }));
                say("kill -9 " + killed);
            }, "scale-killer");
            killer.start();
            say("registering through the front door for " + LOAD.toSeconds() + " s");
            load.run(4, start.plus(LOAD));
            killer.join();
            load.close();
            say("load done: " + load.acknowledged.size() + " acknowledged, answers " + load.statuses
                    + ", " + load.failures.get() + " without an answer");
            Check check = settle(config, load.acknowledged, state);
            rebalances.changes.forEach(line -> say("rebalance " + line));
            boolean pass = killed.size() == KILLED.size() && check.lost() == 0 && check.missing() == 0
                    && check.twice() == 0 && !load.acknowledged.isEmpty() && stack.failure() == null;
            return String.format("drill scale: %s — %d registrations acknowledged (%.0f/s), %d lost, %d mails "
                    + "missing, %d delivered twice; killed %s; %d consumer-group changes seen; topics %s%s",
                    pass ? "PASS" : "FAIL", load.acknowledged.size(), load.acknowledged.size() / (double) LOAD
                    .toSeconds(), check.lost(), check.missing(), check.twice(), String.join(", ", killed),
                    rebalances.changes.size(), topics, stack.failure() == null ? "" : "; platform: " + stack.failure());
        }
    }

    record Check(long lost, long missing, long twice) {
    }

    /** Polls the admin export and the mail journal until every acknowledged registration shows, bounded. */
    private static Check settle(StackConfig config, Map<String, String> acknowledged, Path state)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(SETTLE);
        Check check;
        do {
            String export = adminExport(config);
            MailJournal journal = new MailJournal(state);
            Map<String, Long> perRecipient = journal.deliveriesByRecipient();
            Map<String, Long> perMessage = journal.deliveries();
            long lost = acknowledged.keySet().stream().filter(id -> export == null || !export.contains(id)).count();
            long missing = acknowledged.values().stream().filter(e -> !perRecipient.containsKey(e)).count();
            long twice = acknowledged.values().stream().filter(e -> perRecipient.getOrDefault(e, 0L) > 1).count()
                    + perMessage.values().stream().filter(n -> n > 1).count();
            check = new Check(lost, missing, twice);
            if (lost == 0 && missing == 0) {
                break;
            }
            Thread.sleep(2000);
        } while (Instant.now().isBefore(deadline));
        say("settled: " + check);
        return check;
    }

    private static String adminExport(StackConfig config) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(config.frontDoor().url()
                + "/api/admin/registrations?format=csv")).timeout(Duration.ofSeconds(20))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("organiser:" + PASSWORD)
                        .getBytes(StandardCharsets.UTF_8))).build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request,
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? response.body() : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Replication factor and min.insync.replicas of the event topics, as the brokers have them. */
    private static String topicSettings(ScaleRebalances rebalances) {
        List<String> topics = List.of("registration.events", "agenda.events", "notification.events");
        try {
            var admin = rebalances.admin();
            var described = admin.describeTopics(topics).allTopicNames().get(10, TimeUnit.SECONDS);
            var configs = admin.describeConfigs(topics.stream()
                    .map(t -> new ConfigResource(ConfigResource.Type.TOPIC, t)).toList()).all()
                    .get(10, TimeUnit.SECONDS);
            return topics.stream().map(t -> t + " rf=" + described.get(t).partitions().get(0).replicas().size()
                    + " min.insync=" + configs.get(new ConfigResource(ConfigResource.Type.TOPIC, t))
                    .get("min.insync.replicas").value()).collect(Collectors.joining(", ", "[", "]"));
        } catch (Exception e) {
            return "[not described: " + e.getMessage() + "]";
        }
    }

    private static void say(String what) {
        System.err.println("[drill scale] " + what);
    }

    private static double seconds(Instant since) {
        return Duration.between(since, Instant.now()).toMillis() / 1000.0;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
