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
        StackConfig config = StackConfig.freePorts(ROOT, state, Map.of("NEC_ORGANISER_PASSWORD", "system-test",
                "NEC_DIGEST_WINDOW", "PT2S"));
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
        theAttendeeHearsOnceWhenTheOrganisersMoveTheirSession(config, id, field(created.body(), "manageUrl"), email);

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

    /** A seat in a demo workshop; the organisers move it and publish; the attendee gets the release's digest. */
    private void theAttendeeHearsOnceWhenTheOrganisersMoveTheirSession(StackConfig config, String registrationId,
                                                                       String manageUrl, String email)
            throws Exception {
        String agenda = config.service("agenda").url();
        String programme = http.send(HttpRequest.newBuilder(URI.create(agenda + "/api/programme")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher workshop = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"[^{}]*\"title\":\\{\"fr\":\"Cartographier")
                .matcher(programme);
        assertThat(workshop.find()).as("the demo workshop in %s", programme).isTrue();
        String session = workshop.group(1);
        String token = manageUrl.substring(manageUrl.indexOf("token=") + "token=".length());

        HttpResponse<String> seat = http.send(HttpRequest.newBuilder(URI.create(agenda + "/api/sessions/" + session
                        + "/signups")).header("Content-Type", "application/json").header("X-Manage-Token", token)
                .POST(HttpRequest.BodyPublishers.ofString("{\"registrationId\":\"" + registrationId + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(seat.statusCode()).as(seat.body()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(imapSubjects(config, email))
                .contains("Your seat is booked"));
        assertThat(send("PATCH", agenda + "/api/admin/sessions/" + session,
                "{\"start\":\"2026-12-04T11:00:00+01:00\",\"end\":\"2026-12-04T12:00:00+01:00\"}").statusCode())
                .isEqualTo(200);
        HttpResponse<String> release = send("POST", agenda + "/api/admin/schedule/releases", "");
        assertThat(release.statusCode()).as(release.body()).isEqualTo(201);
        assertThat(release.body()).contains(session, "MOVED");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(imapSubjects(config, email))
                .containsExactly("Your registration for Numérique En Commun[s] ESS is confirmed",
                        "Your seat is booked", "Programme update: your sessions change"));
    }

    private HttpResponse<String> send(String method, String url, String json) throws IOException,
            InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", organiser())
                .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url, String json) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> getAsOrganiser(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", organiser()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String organiser() {
        return "Basic " + Base64.getEncoder().encodeToString(
                ("organiser:" + stack.config().organiserPassword()).getBytes(StandardCharsets.UTF_8));
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
