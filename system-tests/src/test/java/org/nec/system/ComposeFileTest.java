package org.nec.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml must run the same services as {@code ./nec up}: every setting it passes has to reach a
 * property the service really reads, or it would be silently ignored.
 */
class ComposeFileTest {

    private static final String COMPOSE_FILE = "docker-compose.yml";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{\\s*([\\w.\\-]+)\\s*[:}]");
    private static final Pattern DEFAULT_VALUE = Pattern.compile("\\$\\{[^:}]+:(.*)}");
    private static final Pattern MONGO_URI = Pattern.compile("mongodb(?:\\+srv)?://[^/]+/([^?]*)(?:\\?(.*))?");

    private static Path root;
    private static Map<String, Object> services;

    @BeforeAll
    static void readComposeFile() throws IOException {
        root = projectRoot();
        services = map(load(root.resolve(COMPOSE_FILE)).get(0).get("services"));
    }

    @Test
    void theFrontDoorIsBuiltPublishedAndRoutesToTheComposeServices() throws IOException {
        Map<String, Object> gateway = map(services.get("gateway"));
        Map<String, Object> build = map(gateway.get("build"));
        Path dockerfile = root.resolve(String.valueOf(build.get("context")))
                .resolve(String.valueOf(build.get("dockerfile"))).normalize();
        Map<String, Object> properties = new LinkedHashMap<>();
        load(root.resolve("gateway/src/main/resources/application.yml")).forEach(d -> flatten("", d, properties));
        Map<String, String> environment = new LinkedHashMap<>();
        map(gateway.get("environment")).forEach((key, value) -> environment.put(key, String.valueOf(value)));

        assertThat(dockerfile).isEqualTo(root.resolve("gateway/Dockerfile")).isRegularFile();
        assertThat(list(gateway.get("ports")).stream().map(String::valueOf))
                .containsExactly(resolved(properties.get("server.port")) + ":" + resolved(properties.get("server.port")));
        assertThat(environment.keySet().stream().filter(key -> !bindsTo(key, properties)).toList())
                .as("environment keys of the gateway that no property of its application.yml reads").isEmpty();
        for (String name : List.of("registration", "agenda", "notification")) {
            String port = resolved(properties(name).get("server.port"));
            assertThat(environment).containsEntry("NEC_" + name.toUpperCase(Locale.ROOT) + "_URL",
                    "http://" + name + "-service:" + port);
            assertThat(map(gateway.get("depends_on"))).containsKey(name + "-service");
            assertThat(environment(name)).containsEntry("NEC_PUBLIC_URL", "${NEC_PUBLIC_URL:-http://localhost:8080}");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"registration", "agenda", "notification"})
    void eachServiceIsBuiltFromItsOwnDockerfile(String name) {
        Map<String, Object> build = map(service(name).get("build"));
        Path context = root.resolve(String.valueOf(build.get("context"))).normalize();
        Path dockerfile = context.resolve(String.valueOf(build.getOrDefault("dockerfile", "Dockerfile"))).normalize();

        assertThat(dockerfile).isEqualTo(root.resolve(name + "-service/Dockerfile")).isRegularFile();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"registration", "agenda", "notification"})
    void eachServicePublishesAndExposesThePortItListensOn(String name) throws IOException {
        String port = resolved(properties(name).get("server.port"));
        List<String> published = list(service(name).get("ports")).stream().map(String::valueOf).toList();

        assertThat(published).as("ports of %s-service", name).containsExactly(port + ":" + port);
        assertThat(Files.readString(root.resolve(name + "-service/Dockerfile")))
                .containsPattern("(?m)^EXPOSE " + port + "$");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"registration", "agenda", "notification"})
    void everyEnvironmentKeyBindsToAPropertyOfTheService(String name) throws IOException {
        Map<String, Object> properties = properties(name);
        List<String> readInJava = readBeforeConfiguration(name);
        List<String> unbound = environment(name).keySet().stream()
                .filter(key -> !bindsTo(key, properties) && !readInJava.contains(key)).toList();

        assertThat(unbound).as("environment keys of %s-service that no property of its application.yml reads, "
                + "nor an EnvironmentPostProcessor it loads", name).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"registration", "agenda", "notification", "gateway"})
    void theLogFormatIsPassedToEveryServiceAndTheFrontDoor(String name) {
        Map<String, Object> service = map(services.get(name.equals("gateway") ? name : name + "-service"));

        assertThat(map(service.get("environment"))).containsEntry("NEC_LOG_FORMAT", "${NEC_LOG_FORMAT:-}");
    }

    /**
     * Variables a service reads in Java before its configuration binds: the string literals of the
     * EnvironmentPostProcessors that platform-support registers in its {@code spring.factories}, when the service
     * depends on platform-support.
     */
    private static List<String> readBeforeConfiguration(String name) throws IOException {
        if (!Files.readString(root.resolve(name + "-service/pom.xml"))
                .contains("<artifactId>platform-support</artifactId>")) {
            return List.of();
        }
        String factories = Files.readString(root.resolve(
                "platform-support/src/main/resources/META-INF/spring.factories"));
        Matcher registered = Pattern.compile("EnvironmentPostProcessor=\\\\?\\s*([\\w.$,\\s\\\\]+)")
                .matcher(factories);
        List<String> variables = new ArrayList<>();
        while (registered.find()) {
            for (String type : registered.group(1).split("[,\\s\\\\]+")) {
                Path source = root.resolve("platform-support/src/main/java/" + type.replace('.', '/') + ".java");
                // the match may run into the next key's name, which is no class of platform-support
                if (type.isBlank() || !Files.isRegularFile(source)) {
                    continue;
                }
                Matcher literal = Pattern.compile("\"(NEC_[A-Z_]+)\"").matcher(Files.readString(source));
                while (literal.find()) {
                    variables.add(literal.group(1));
                }
            }
        }
        return variables;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"registration", "agenda", "notification"})
    void eachServiceUsesItsOwnDatabaseOnTheReplicaSet(String name) throws IOException {
        Matcher compose = mongoUri(environment(name).get("SPRING_MONGODB_URI"));
        Matcher application = mongoUri(properties(name).get("spring.mongodb.uri"));
        List<Object> mongoCommand = list(map(services.get("mongo")).get("command"));
        Object replicaSet = mongoCommand.get(mongoCommand.indexOf("--replSet") + 1);

        assertThat(compose.group(1)).as("database in docker-compose.yml").isEqualTo(name);
        assertThat(application.group(1)).as("database in application.yml").isEqualTo(name);
        assertThat(compose.group(2)).isEqualTo("replicaSet=" + replicaSet);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"registration", "agenda", "notification"})
    void servicesReachKafkaOnItsAdvertisedListener(String name) {
        String bootstrap = environment(name).get("SPRING_KAFKA_BOOTSTRAP_SERVERS");
        Map<String, Object> kafka = map(map(services.get("kafka")).get("environment"));

        assertThat(String.valueOf(kafka.get("KAFKA_ADVERTISED_LISTENERS"))).contains("://" + bootstrap);
    }

    @Test
    void notificationSendsMailThroughMailpit() {
        Map<String, String> environment = environment("notification");

        assertThat(environment).containsEntry("SPRING_MAIL_HOST", "mailpit").containsEntry("SPRING_MAIL_PORT", "1025");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"registration", "agenda", "notification"})
    void servicesStartOnlyOnceTheirInfrastructureIsHealthy(String name) {
        Map<String, Object> dependsOn = map(service(name).get("depends_on"));
        List<String> required = name.equals("notification") ? List.of("kafka", "mongo", "mailpit")
                : List.of("kafka", "mongo");

        assertThat(dependsOn).containsKeys(required.toArray(String[]::new));
        required.forEach(dependency -> assertThat(map(dependsOn.get(dependency))).as("%s on %s", name, dependency)
                .containsEntry("condition", "service_healthy"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"kafka", "mongo", "mailpit"})
    void infrastructureReportsItsHealth(String name) {
        Map<String, Object> healthcheck = map(map(services.get(name)).get("healthcheck"));

        assertThat(list(healthcheck.get("test"))).isNotEmpty().doesNotContain("NONE");
        assertThat(healthcheck.get("disable")).isNotEqualTo(true);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"registration", "agenda", "notification"})
    void eachServiceHealthcheckAsksActuatorOnItsOwnPort(String name) throws IOException {
        String port = resolved(properties(name).get("server.port"));
        List<String> test = list(map(service(name).get("healthcheck")).get("test")).stream().map(String::valueOf)
                .toList();

        assertThat(test).anyMatch(argument -> argument.endsWith(":" + port + "/actuator/health"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"registration", "agenda", "notification"})
    void theOperatorMustChooseTheOrganiserPassword(String name) {
        assertThat(environment(name).get("NEC_ORGANISER_PASSWORD")).startsWith("${NEC_ORGANISER_PASSWORD:?");
    }

    @Test
    void theOperatorMustProvideTheLinkKeysEachServiceItsHalfOnly() {
        assertThat(environment("registration").get("NEC_LINK_PUBLIC_KEY")).startsWith("${NEC_LINK_PUBLIC_KEY:?");
        assertThat(environment("notification").get("NEC_LINK_PRIVATE_KEY")).startsWith("${NEC_LINK_PRIVATE_KEY:?");
        assertThat(environment("registration")).doesNotContainKey("NEC_LINK_PRIVATE_KEY");
        assertThat(environment("agenda")).doesNotContainKeys("NEC_LINK_PUBLIC_KEY", "NEC_LINK_PRIVATE_KEY");
        assertThat(environment("registration").get("NEC_AGENDA_PUBLIC_KEY")).startsWith("${NEC_AGENDA_PUBLIC_KEY:?");
        assertThat(environment("agenda").get("NEC_AGENDA_PRIVATE_KEY")).startsWith("${NEC_AGENDA_PRIVATE_KEY:?");
        assertThat(environment("registration")).doesNotContainKey("NEC_AGENDA_PRIVATE_KEY");
        assertThat(environment("notification")).doesNotContainKeys("NEC_AGENDA_PUBLIC_KEY", "NEC_AGENDA_PRIVATE_KEY");
    }

    /** Spring's relaxed binding of an environment variable, or a placeholder naming it in a property value. */
    private static boolean bindsTo(String key, Map<String, Object> properties) {
        return properties.entrySet().stream().anyMatch(property ->
                environmentNames(property.getKey()).contains(key) || placeholders(property.getValue()).contains(key));
    }

    private static List<String> environmentNames(String property) {
        String name = property.replaceAll("\\[\\d+]", "").toUpperCase(Locale.ROOT);
        return List.of(name.replace("-", "").replace('.', '_'), name.replace('-', '_').replace('.', '_'));
    }

    private static List<String> placeholders(Object value) {
        List<String> names = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(String.valueOf(value));
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static Matcher mongoUri(Object uri) {
        Matcher matcher = MONGO_URI.matcher(resolved(uri));
        assertThat(matcher.matches()).as("a MongoDB URI: %s", uri).isTrue();
        return matcher;
    }

    /** The value itself, or the default of a {@code ${NAME:default}} placeholder. */
    private static String resolved(Object value) {
        Matcher placeholder = DEFAULT_VALUE.matcher(String.valueOf(value));
        return placeholder.matches() ? placeholder.group(1) : String.valueOf(value);
    }

    private static Map<String, Object> service(String name) {
        assertThat(services).containsKey(name + "-service");
        return map(services.get(name + "-service"));
    }

    private static Map<String, String> environment(String name) {
        Map<String, String> variables = new LinkedHashMap<>();
        map(service(name).get("environment")).forEach((key, value) -> variables.put(key, String.valueOf(value)));
        return variables;
    }

    /** Every property of the service's application.yml (all documents), by its dotted name. */
    private static Map<String, Object> properties(String name) throws IOException {
        Path file = root.resolve(name + "-service/src/main/resources/application.yml");
        assertThat(file).as("configuration of %s-service", name).isRegularFile();
        Map<String, Object> properties = new LinkedHashMap<>();
        load(file).forEach(document -> flatten("", document, properties));
        return properties;
    }

    private static void flatten(String prefix, Object value, Map<String, Object> into) {
        if (value instanceof Map<?, ?> children) {
            children.forEach((key, child) -> flatten(prefix.isEmpty() ? String.valueOf(key) : prefix + "." + key,
                    child, into));
        } else if (value instanceof List<?> items) {
            into.put(prefix, value);
            for (int i = 0; i < items.size(); i++) {
                flatten(prefix + "[" + i + "]", items.get(i), into);
            }
        } else if (!prefix.isEmpty()) {
            into.put(prefix, value);
        }
    }

    private static List<Map<String, Object>> load(Path file) throws IOException {
        List<Map<String, Object>> documents = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file)) {
            new Yaml().loadAll(reader).forEach(document -> documents.add(map(document)));
        }
        return documents;
    }

    private static Path projectRoot() {
        String configured = System.getProperty("nec.projectRoot");
        if (configured != null) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(COMPOSE_FILE))) {
                return dir;
            }
        }
        throw new IllegalStateException("No " + COMPOSE_FILE + " above " + Path.of("").toAbsolutePath());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        assertThat(value).isInstanceOf(List.class);
        return (List<Object>) value;
    }
}
