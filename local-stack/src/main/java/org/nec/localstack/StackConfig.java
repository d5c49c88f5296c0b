package org.nec.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** Where the local platform keeps its state and which loopback ports its components use. */
public record StackConfig(Path root, Path stateDir, int kafkaPort, int kafkaControllerPort, int mongoPort,
                          int smtpPort, int imapPort, List<ServiceSpec> services, ServiceSpec frontDoor,
                          String organiserPassword, boolean passwordGenerated, Map<String, String> settings) {

    static final String ORGANISER_PASSWORD_ENV = "NEC_ORGANISER_PASSWORD";

    /** The ports of shared/CONTRACT.md, state under {@code <root>/.nec}. */
    public static StackConfig contract(Path root, Map<String, String> environment) {
        Path state = root.resolve(".nec");
        return create(root, state, new int[] {9092, 9093, 27017, 3025, 3143, 8081, 8082, 8083, 8080}, environment);
    }

    /** Free ports and a state directory of the caller's, so a test never collides with a running platform. */
    public static StackConfig freePorts(Path root, Path stateDir, Map<String, String> environment) {
        int[] ports = new int[9];
        for (int i = 0; i < ports.length; i++) {
            ports[i] = Ports.free();
        }
        return create(root, stateDir, ports, environment);
    }

    private static StackConfig create(Path root, Path state, int[] p, Map<String, String> environment) {
        String password = environment.get(ORGANISER_PASSWORD_ENV);
        boolean generated = false;
        if (password == null || password.isBlank()) {
            Path file = state.resolve("organiser-password");
            generated = !Files.exists(file);
            password = readOrCreatePassword(file);
        }
        List<ServiceSpec> services = List.of(ServiceSpec.in(root, "registration", p[5]),
                ServiceSpec.in(root, "agenda", p[6]), ServiceSpec.in(root, "notification", p[7]));
        // the platform's own settings (NEC_*) reach every service
        Map<String, String> settings = environment.entrySet().stream()
                .filter(e -> e.getKey().startsWith("NEC_") && !e.getKey().equals(ORGANISER_PASSWORD_ENV))
                .collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
        return new StackConfig(root, state, p[0], p[1], p[2], p[3], p[4], services, ServiceSpec.frontDoor(root, p[8]),
                password, generated, settings);
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

    public String kafkaBootstrapServers() {
        return Ports.LOOPBACK + ":" + kafkaPort;
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
