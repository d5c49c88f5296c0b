package org.nec.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where the local platform keeps its state and which loopback ports its components use: one Kafka broker or a
 * cluster of them ({@link KafkaNode}), and one or more instances of each service (the first on the service's own
 * port, the next ones on their own).
 */
public record StackConfig(Path root, Path stateDir, List<KafkaNode> kafkaNodes, int mongoPort, int smtpPort,
                          int imapPort, List<ServiceSpec> services, ServiceSpec frontDoor, String organiserPassword,
                          boolean passwordGenerated, Map<String, String> settings) {

    static final String ORGANISER_PASSWORD_ENV = "NEC_ORGANISER_PASSWORD";
    static final String REPLICAS_ENV = "NEC_MESSAGING_REPLICAS";
    public static final int MAX_BROKERS = 5;
    public static final int MAX_INSTANCES = 3;
    /** A further instance of a service listens this far above the previous one's contract port. */
    static final int INSTANCE_PORT_STEP = 100;

    /** One node of the Kafka cluster: broker and controller in one process. */
    public record KafkaNode(int id, int port, int controllerPort) {
    }

    /** The ports of shared/CONTRACT.md, state under {@code <root>/.nec}: one broker, one instance of each. */
    public static StackConfig contract(Path root, Map<String, String> environment) {
        return contract(root, environment, 1, 1);
    }

    /**
     * The ports of shared/CONTRACT.md for the first broker and instances; broker {@code n} on 9092 + 2(n-1) (its
     * controller one above), instance {@code i} of a service on its port + 100(i-1).
     */
    public static StackConfig contract(Path root, Map<String, String> environment, int brokers, int instances) {
        List<KafkaNode> nodes = new ArrayList<>();
        for (int n = 1; n <= brokers; n++) {
            nodes.add(new KafkaNode(n, 9092 + 2 * (n - 1), 9093 + 2 * (n - 1)));
        }
        int[] base = {8081, 8082, 8083};
        return create(root, root.resolve(".nec"), nodes, new int[] {27017, 3025, 3143, 8080}, instances,
                (service, instance) -> base[service] + INSTANCE_PORT_STEP * (instance - 1), environment);
    }

    /** Free ports and a state directory of the caller's, so a test never collides with a running platform. */
    public static StackConfig freePorts(Path root, Path stateDir, Map<String, String> environment) {
        return freePorts(root, stateDir, environment, 1, 1);
    }

    /** Free ports for every broker, controller and instance too. */
    public static StackConfig freePorts(Path root, Path stateDir, Map<String, String> environment, int brokers,
                                        int instances) {
        List<KafkaNode> nodes = new ArrayList<>();
        for (int n = 1; n <= brokers; n++) {
            nodes.add(new KafkaNode(n, Ports.free(), Ports.free()));
        }
        int[] infrastructure = {Ports.free(), Ports.free(), Ports.free(), Ports.free()};
        return create(root, stateDir, nodes, infrastructure, instances, (service, instance) -> Ports.free(),
                environment);
    }

    private static StackConfig create(Path root, Path state, List<KafkaNode> nodes, int[] p, int instances,
                                      java.util.function.IntBinaryOperator servicePort,
                                      Map<String, String> environment) {
        if (nodes.isEmpty() || nodes.size() > MAX_BROKERS || instances < 1 || instances > MAX_INSTANCES) {
            throw new IllegalArgumentException("1 to " + MAX_BROKERS + " brokers and 1 to " + MAX_INSTANCES
                    + " instances, not " + nodes.size() + " and " + instances);
        }
        String password = environment.get(ORGANISER_PASSWORD_ENV);
        boolean generated = false;
        if (password == null || password.isBlank()) {
            Path file = state.resolve("organiser-password");
            generated = !Files.exists(file);
            password = readOrCreatePassword(file);
        }
        List<String> names = List.of("registration", "agenda", "notification");
        List<ServiceSpec> services = new ArrayList<>();
        for (int instance = 1; instance <= instances; instance++) {
            for (int s = 0; s < names.size(); s++) {
                services.add(ServiceSpec.in(root, names.get(s), servicePort.applyAsInt(s, instance), instance));
            }
        }
        // the platform's own settings (NEC_*) reach every service
        Map<String, String> settings = new java.util.HashMap<>(environment.entrySet().stream()
                .filter(e -> e.getKey().startsWith("NEC_") && !e.getKey().equals(ORGANISER_PASSWORD_ENV))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        if (nodes.size() > 1) {
            // the topics' replication factor (and min.insync.replicas, derived from it by the services)
            settings.putIfAbsent(REPLICAS_ENV, String.valueOf(Math.min(3, nodes.size())));
        }
        return new StackConfig(root, state, List.copyOf(nodes), p[0], p[1], p[2], List.copyOf(services),
                ServiceSpec.frontDoor(root, p[3]), password, generated, Map.copyOf(settings));
    }

    /** The address people use: {@code NEC_PUBLIC_URL} if set (behind a proxy), else the front door's own. */
    public String publicUrl() {
        return settings.getOrDefault("NEC_PUBLIC_URL", frontDoor.url());
    }

    /**
     * Whether the components' output also goes to the console, prefixed with their names, as well as to their
     * log files: {@code NEC_VERBOSE=true}, or the system property {@code nec.verbose} for tests.
     */
    public boolean verbose() {
        return Boolean.parseBoolean(settings.get("NEC_VERBOSE")) || Boolean.getBoolean("nec.verbose");
    }

    public ServiceSpec service(String name) {
        return services.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No service " + name));
    }

    /** The first broker's port. */
    public int kafkaPort() {
        return kafkaNodes.get(0).port();
    }

    public int kafkaControllerPort() {
        return kafkaNodes.get(0).controllerPort();
    }

    /** Every broker, so a client finds the cluster while one of them is away. */
    public String kafkaBootstrapServers() {
        return kafkaNodes.stream().map(n -> Ports.LOOPBACK + ":" + n.port()).collect(Collectors.joining(","));
    }

    /** How many instances of each service run. */
    public int instances() {
        return services.size() / 3;
    }

    /** Every instance of the service, the first one first. */
    public List<ServiceSpec> instancesOf(String service) {
        return services.stream().filter(s -> service.equals(s.database())).toList();
    }

    private static String readOrCreatePassword(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file).strip();
            }
            byte[] bytes = new byte[18];
            new SecureRandom().nextBytes(bytes);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            Files.createDirectories(file.getParent());
            Files.writeString(file, password + "\n");
            file.toFile().setReadable(false, false);
            file.toFile().setReadable(true, true);
            return password;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read or store the organiser password in " + file, e);
        }
    }
}
