package org.nec.localstack;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The platform's components as the launcher starts them: each command, environment and readiness check, the
 * same at every start so a restarted component gets its ports, settings and data back. Every component writes
 * to its own log under {@code <state>/logs}.
 */
final class PlatformComponents {

    private final StackConfig config;
    private final Path logDir;
    private final PrintStream console;
    private final boolean verbose;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    PlatformComponents(StackConfig config, PrintStream console, boolean verbose) {
        this.config = config;
        this.logDir = config.stateDir().resolve("logs");
        this.console = console;
        this.verbose = verbose;
    }

    Path logDir() {
        return logDir;
    }

    /** Every jar is built and no port is taken, e.g. by a platform already running. */
    void checkCanStart() {
        List<ServiceSpec> all = new ArrayList<>(config.services());
        all.add(config.frontDoor());
        for (ServiceSpec service : all) {
            if (!Files.isRegularFile(service.jar())) {
                throw new IllegalStateException("Missing " + service.jar() + ": build it first (./mvnw package)");
            }
        }
        Map<String, Integer> ports = new HashMap<>(Map.of("mongo", config.mongoPort(), "smtp", config.smtpPort(),
                "imap", config.imapPort()));
        config.kafkaNodes().forEach(n -> {
            ports.put(kafkaName(n), n.port());
            ports.put(kafkaName(n) + " controller", n.controllerPort());
        });
        all.forEach(s -> ports.put(s.name(), s.port()));
        ports.forEach((name, port) -> {
            if (Ports.isListening(port)) {
                throw new IllegalStateException("Port " + port + " (" + name + ") is already in use: is the "
                        + "platform already running?");
            }
        });
    }

    Component mongo() {
        return infrastructure("mongo", MongoStore.class, List.of(String.valueOf(config.mongoPort()),
                config.stateDir().resolve("mongo/store.mv").toAbsolutePath().toString()), "512m",
                () -> Ports.isListening(config.mongoPort()));
    }

    Component mail() {
        return infrastructure("mail", MailServer.class, List.of(String.valueOf(config.smtpPort()),
                String.valueOf(config.imapPort()), config.stateDir().resolve("mail").toAbsolutePath().toString()),
                "1g",
                () -> Ports.isListening(config.smtpPort()) && Ports.isListening(config.imapPort()));
    }

    /**
     * The brokers, each restarting on its existing log dir: its storage is formatted on the very first start only.
     * A cluster keeps its nodes under {@code kafka-cluster/}, apart from the single broker's {@code kafka/}.
     */
    List<Component> kafka() {
        List<StackConfig.KafkaNode> nodes = config.kafkaNodes();
        if (nodes.size() == 1) {
            ComponentLog log = log("kafka");
            KafkaBroker broker = new KafkaBroker(config.kafkaPort(), config.kafkaControllerPort(),
                    config.stateDir().resolve("kafka"), log);
            return List.of(new Component("kafka", true, log, () -> broker.launch().process(), broker::answers));
        }
        Path clusterDir = config.stateDir().resolve("kafka-cluster");
        String clusterId = clusterId(clusterDir);
        return nodes.stream().map(node -> {
            ComponentLog log = log(kafkaName(node));
            KafkaBroker broker = new KafkaBroker(node, nodes, clusterId, clusterDir.resolve("node-" + node.id()), log);
            return new Component(kafkaName(node), true, log, () -> broker.launch().process(), broker::answers);
        }).toList();
    }

    static String kafkaName(StackConfig.KafkaNode node) {
        return "kafka-" + node.id();
    }

    /** The cluster's id, chosen once and kept: every node is formatted with it. */
    private static String clusterId(Path clusterDir) {
        Path file = clusterDir.resolve("cluster-id");
        try {
            if (Files.exists(file)) {
                return Files.readString(file).strip();
            }
            String id = org.apache.kafka.common.Uuid.randomUuid().toString();
            Files.createDirectories(clusterDir);
            Files.writeString(file, id + "\n");
            return id;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read or store the Kafka cluster id in " + file, e);
        }
    }

    Component service(ServiceSpec service) {
        Map<String, String> env = new HashMap<>(config.settings());
        env.put("SERVER_PORT", String.valueOf(service.port()));
        env.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", config.kafkaBootstrapServers());
        env.put("SPRING_MONGODB_URI", "mongodb://" + Ports.LOOPBACK + ":" + config.mongoPort() + "/"
                + service.database());
        env.put("SPRING_MAIL_HOST", Ports.LOOPBACK);
        env.put("SPRING_MAIL_PORT", String.valueOf(config.smtpPort()));
        env.put(StackConfig.ORGANISER_PASSWORD_ENV, config.organiserPassword());
        env.put("NEC_PUBLIC_URL", config.publicUrl());
        env.putAll(LinkKeys.forService(config.stateDir(), service.database(), config.settings()));
        return application(service, env);
    }

    /** The front door routes to the services and signs people in; it needs none of the infrastructure. */
    Component frontDoor(ServiceSpec frontDoor) {
        Map<String, String> env = new HashMap<>(config.settings());
        env.put("SERVER_PORT", String.valueOf(frontDoor.port()));
        env.put(StackConfig.ORGANISER_PASSWORD_ENV, config.organiserPassword());
        // every instance of each service: the front door spreads requests over them
        env.put("NEC_REGISTRATION_URL", urls("registration"));
        env.put("NEC_AGENDA_URL", urls("agenda"));
        env.put("NEC_NOTIFICATION_URL", urls("notification"));
        return application(frontDoor, env);
    }

    private String urls(String service) {
        return config.instancesOf(service).stream().map(ServiceSpec::url)
                .collect(java.util.stream.Collectors.joining(","));
    }

    private Component application(ServiceSpec service, Map<String, String> env) {
        ComponentLog log = log(service.name());
        Map<String, String> environment = Map.copyOf(env);
        return new Component(service.name(), false, log, () -> ChildProcess.startJava(service.name(),
                JvmOptions.service(), List.of("-jar", service.jar().toString()), environment, config.root(), log),
                () -> healthy(service));
    }

    private Component infrastructure(String name, Class<?> main, List<String> args, String maxHeap,
                                      java.util.function.BooleanSupplier answers) {
        List<String> arguments = new ArrayList<>(List.of("-cp", ChildProcess.classpath(),
                Supervised.class.getName(), String.valueOf(ProcessHandle.current().pid()), main.getName()));
        arguments.addAll(args);
        ComponentLog log = log(name);
        List<String> options = JvmOptions.infrastructure(config.stateDir(), maxHeap);
        return new Component(name, true, log, () -> ChildProcess.startJava(name, options, arguments, Map.of(),
                config.root(), log), answers);
    }

    private ComponentLog log(String name) {
        return ComponentLog.file(name, logDir, console, verbose);
    }

    private boolean healthy(ServiceSpec service) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(service.url() + "/actuator/health"))
                .timeout(Duration.ofSeconds(3)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
