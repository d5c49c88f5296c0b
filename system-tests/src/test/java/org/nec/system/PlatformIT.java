package org.nec.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nec.localstack.LocalStack;
import org.nec.localstack.Ports;
import org.nec.localstack.StackConfig;

/**
 * The whole platform as {@code ./nec up} runs it — a Kafka broker, the MongoDB-wire store, the mail server and
 * the three services, each its own process — on free ports and a state directory of its own.
 */
class PlatformIT {

    private static final Path ROOT = Path.of(System.getProperty("nec.projectRoot", "..")).toAbsolutePath().normalize();
    private final HttpClient http = HttpClient.newHttpClient();
    private LocalStack stack;

    @AfterEach
    void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void aRegistrationCrossesAllThreeServicesAndSurvivesARestart() throws Exception {
        Path state = Files.createTempDirectory("nec-platform-");
        StackConfig config = StackConfig.freePorts(ROOT, state, Map.of("NEC_ORGANISER_PASSWORD", "system-test"));
        stack = new LocalStack(config, System.out);
        stack.start();
        String email = "camille-" + UUID.randomUUID() + "@example.org";

        HttpResponse<String> created = post(config.service("registration").url() + "/api/registrations", """
                {"firstName":"Camille","lastName":"Dupont","email":"%s","organisation":"Tiers-lieu du Val",
                 "ticketType":"MEMBER","language":"en","answers":{},"consent":{"privacyPolicy":true}}"""
                .formatted(email));

        assertThat(created.statusCode()).isEqualTo(201);
        String id = field(created.body(), "id");
        // the mailbox exists once the first mail for the address has been delivered
        await().atMost(Duration.ofSeconds(30)).ignoreExceptionsInstanceOf(AuthenticationFailedException.class)
                .untilAsserted(() -> assertThat(imapSubjects(config, email))
                .containsExactly("Your registration for Numérique En Commun[s] ESS is confirmed"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                getAsOrganiser(config.service("agenda").url() + "/api/admin/attendees").body()).contains(id));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(getAsOrganiser(
                config.service("notification").url() + "/api/admin/notifications?email=" + email).body())
                .contains("\"status\":\"SENT\"", "REGISTRATION_CONFIRMED"));

        List<ProcessHandle> processes = ProcessHandle.current().children().toList();
        stack.close();

        assertThat(processes).noneMatch(ProcessHandle::isAlive);
        assertThat(List.of(config.kafkaPort(), config.mongoPort(), config.smtpPort(), config.imapPort(),
                config.service("registration").port())).noneMatch(Ports::isListening);

        stack = new LocalStack(config, System.out);
        stack.start();
        assertThat(getAsOrganiser(config.service("registration").url() + "/api/admin/registrations").body())
                .contains(id, email);
        String log = getAsOrganiser(config.service("notification").url() + "/api/admin/notifications?email="
                + email).body();
        assertThat(log.split("\"type\":\"REGISTRATION_CONFIRMED\"", -1)).as("one confirmation: %s", log).hasSize(2);
        assertThat(log).contains("\"status\":\"SENT\"")
                .as("the demo edition's start reached notification-service: the reminder waits for the day before")
                .contains("\"type\":\"EVENT_REMINDER\"", "\"dueAt\":\"2026-12-01T23:00:00Z\"");

        List<ProcessHandle> restarted = ProcessHandle.current().children().toList();
        ProcessHandle notification = restarted.stream()
                .filter(p -> p.info().commandLine().orElse("").contains("notification-service-exec.jar"))
                .findFirst().orElseThrow();
        notification.destroyForcibly();

        assertThat(stack.awaitTermination()).as("a component that dies stops the platform").isEqualTo(1);
        assertThat(stack.failure()).startsWith("notification exited unexpectedly");
        await().atMost(Duration.ofSeconds(60)).until(() -> restarted.stream().noneMatch(ProcessHandle::isAlive));
    }

    private HttpResponse<String> post(String url, String json) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> getAsOrganiser(String url) throws IOException, InterruptedException {
        String credentials = Base64.getEncoder().encodeToString(
                ("organiser:" + stack.config().organiserPassword()).getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Basic " + credentials)
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        assertThat(matcher.find()).as("%s in %s", name, json).isTrue();
        return matcher.group(1);
    }

    /** Reads the mailbox over IMAP with login = password = the address, as the contract says. */
    private static List<String> imapSubjects(StackConfig config, String address) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.imap.connectiontimeout", "3000");
        properties.put("mail.imap.timeout", "3000");
        Store store = Session.getInstance(properties).getStore("imap");
        store.connect(Ports.LOOPBACK, config.imapPort(), address, address);
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                return java.util.Arrays.stream(inbox.getMessages()).map(PlatformIT::subject).toList();
            } finally {
                inbox.close(false);
            }
        } finally {
            store.close();
        }
    }

    private static String subject(Message message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
