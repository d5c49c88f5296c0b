package org.nec.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
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
 * the three services, each its own process — on free ports and a state directory of its own. Started twice only:
 * each start costs half a minute.
 */
class PlatformIT {

    private static final Path ROOT = Path.of(System.getProperty("nec.projectRoot", "..")).toAbsolutePath().normalize();
    private final HttpClient http = HttpClient.newHttpClient();
    /** What the launcher prints, kept to check it, and passed on to the test's output. */
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream console = new PrintStream(new TeeOutputStream(System.out, printed), true,
            StandardCharsets.UTF_8);
    private LocalStack stack;

    @AfterEach
    void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void aRegistrationCrossesAllThreeServicesSurvivesARestartAndACrashedServiceComesBack() throws Exception {
        Path state = Files.createTempDirectory("nec-platform-");
        StackConfig config = StackConfig.freePorts(ROOT, state, Map.of("NEC_ORGANISER_PASSWORD", "system-test-password",
                "NEC_DIGEST_WINDOW", "PT2S"));
        stack = new LocalStack(config, console);
        stack.start();
        theStartIsQuietAndEachComponentLogsInTheStateDirectory(config);
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

        stack = new LocalStack(config, console);
        stack.start();
        assertThat(getAsOrganiser(config.service("registration").url() + "/api/admin/registrations").body())
                .contains(id, email);
        String log = getAsOrganiser(config.service("notification").url() + "/api/admin/notifications?email="
                + email).body();
        assertThat(log.split("\"type\":\"REGISTRATION_CONFIRMED\"", -1)).as("one confirmation: %s", log).hasSize(2);
        assertThat(log).contains("\"status\":\"SENT\"")
                .as("the demo edition's start reached notification-service: the reminder waits for the day before")
                .contains("\"type\":\"EVENT_REMINDER\"", "\"dueAt\":\"2026-12-01T23:00:00Z\"");

        aKilledNotificationServiceIsRestartedAndMailsWhatCameMeanwhileOnce(config);

        List<ProcessHandle> healed = ProcessHandle.current().children().toList();
        stack.close();
        assertThat(stack.awaitTermination()).as("stopped on request").isZero();
        assertThat(healed).noneMatch(ProcessHandle::isAlive);
    }

    /** Fewer than 30 lines to "ready" on the console; every component's output in {@code <state>/logs}. */
    private void theStartIsQuietAndEachComponentLogsInTheStateDirectory(StackConfig config) throws IOException {
        List<String> lines = console().lines().toList();
        if (!config.verbose()) {
            assertThat(lines).as("the console up to ready: %s", lines).hasSizeLessThan(30)
                    .allMatch(line -> line.startsWith("[nec] "))
                    .contains("[nec]   front door    " + config.frontDoor().url() + "  (pages, programme, sign-in at "
                            + config.frontDoor().url() + "/admin)")
                    .anyMatch(line -> line.matches("\\[nec] notification ready \\(\\d+\\.\\d s\\)"))
                    .anyMatch(line -> line.startsWith("[nec] platform ready in "));
        }
        for (String component : List.of("mongo", "mail", "kafka", "registration", "agenda", "notification",
                "gateway")) {
            Path log = config.stateDir().resolve("logs/" + component + ".log");
            assertThat(log).as("%s's log", component).isRegularFile();
            assertThat(Files.size(log)).as("%s's log", component).isPositive();
        }
        assertThat(Files.readString(config.stateDir().resolve("logs/registration.log")))
                .contains("Started RegistrationServiceApplication");
    }

    /**
     * {@code kill -9} of notification-service: the others keep running, the launcher starts it again on the same
     * port, and a registration made while it was down gets its confirmation exactly once.
     */
    private void aKilledNotificationServiceIsRestartedAndMailsWhatCameMeanwhileOnce(StackConfig config)
            throws Exception {
        List<ProcessHandle> children = ProcessHandle.current().children().toList();
        ProcessHandle notification = children.stream().filter(PlatformIT::isNotificationService).findFirst().orElseThrow();
        List<ProcessHandle> others = children.stream().filter(p -> p.pid() != notification.pid()).toList();
        String health = config.service("notification").url() + "/actuator/health";

        notification.destroyForcibly();
        await().atMost(Duration.ofSeconds(10)).until(() -> !notification.isAlive());
        String email = "while-down-" + UUID.randomUUID() + "@example.org";
        HttpResponse<String> created = post(config.service("registration").url() + "/api/registrations", """
                {"firstName":"Noé","lastName":"Bernard","email":"%s","organisation":"Régie de quartier",
                 "ticketType":"MEMBER","language":"en","answers":{},"consent":{"privacyPolicy":true}}"""
                .formatted(email));
        assertThat(created.statusCode()).isEqualTo(201);

        // the line may name the last error the service logged before it was killed
        await().atMost(Duration.ofSeconds(10)).until(() -> console().lines().anyMatch(line -> line.matches(
                "\\[nec] notification exited with code 137( \\(.*\\))?; restarting in 1 s \\(crash 1 of 5 in 5 min\\)")));
        await().atMost(Duration.ofSeconds(180)).ignoreExceptions().until(() -> http.send(HttpRequest.newBuilder(
                URI.create(health)).build(), HttpResponse.BodyHandlers.ofString()).body().contains("\"UP\""));
        assertThat(ProcessHandle.current().children().filter(PlatformIT::isNotificationService))
                .as("a new notification-service process").hasSize(1).noneMatch(p -> p.pid() == notification.pid());
        await().atMost(Duration.ofSeconds(60)).ignoreExceptionsInstanceOf(AuthenticationFailedException.class)
                .untilAsserted(() -> assertThat(imapSubjects(config, email))
                .containsExactly("Your registration for Numérique En Commun[s] ESS is confirmed"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(getAsOrganiser(
                config.service("notification").url() + "/api/admin/notifications?email=" + email).body())
                .contains("\"status\":\"SENT\""));
        assertThat(imapSubjects(config, email)).as("exactly once")
                .containsExactly("Your registration for Numérique En Commun[s] ESS is confirmed");
        assertThat(others).as("the other components kept running").allMatch(ProcessHandle::isAlive);
        assertThat(stack.failure()).isNull();
        await().atMost(Duration.ofSeconds(30)).until(() -> console().contains("[nec] notification ready again ("));
    }

    private static boolean isNotificationService(ProcessHandle process) {
        return process.isAlive() && process.info().commandLine().orElse("").contains("notification-service-exec.jar");
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

    private String console() {
        synchronized (printed) {
            return printed.toString(StandardCharsets.UTF_8);
        }
    }

    /** Writes to the test's output and keeps a copy. */
    private static final class TeeOutputStream extends OutputStream {

        private final OutputStream first;
        private final ByteArrayOutputStream copy;

        TeeOutputStream(OutputStream first, ByteArrayOutputStream copy) {
            this.first = first;
            this.copy = copy;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            first.write(bytes, offset, length);
            synchronized (copy) {
                copy.write(bytes, offset, length);
            }
        }

        @Override
        public void flush() throws IOException {
            first.flush();
        }
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
