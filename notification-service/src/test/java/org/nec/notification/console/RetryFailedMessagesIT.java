package org.nec.notification.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.nec.notification.Mailboxes.text;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.nec.localstack.MailServer;
import org.nec.localstack.Ports;
import org.nec.notification.message.MessageType;
import org.nec.notification.message.Notification;
import org.nec.notification.message.NotificationProperties;
import org.nec.notification.message.NotificationStatus;
import org.nec.notification.message.Notifications;
import org.nec.testing.Infrastructure;
import org.nec.testing.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/**
 * Failed messages sent again by the organiser, from the console or the API. Two confirmations fail for good while
 * this class's own mail server is still down; it is started once they are FAILED.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "nec.notification.max-attempts=2", "nec.notification.first-retry-after=200ms",
        "nec.notification.poll-interval=200ms", "nec.notification.lease=3s"})
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RetryFailedMessagesIT {

    private static final int SMTP_PORT = Ports.free();
    private static final String DATABASE = "retry-" + UUID.randomUUID();

    private MailServer mail;
    private String failedInFrench;
    private String failedInEnglish;

    @LocalServerPort
    int port;

    @Autowired
    Notifications notifications;

    @Autowired
    NotificationProperties properties;

    @Autowired
    MongoTemplate mongo;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", Infrastructure::kafkaBootstrapServers);
        registry.add("spring.mongodb.uri", () -> Infrastructure.mongoUri(DATABASE));
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("nec.organiser.password", () -> TestAccounts.ORGANISER_PASSWORD);
    }

    @BeforeAll
    void twoConfirmationsFailWhileTheMailServerIsDown() {
        failedInFrench = confirmation("fr");
        failedInEnglish = confirmation("en");
        await().atMost(Duration.ofSeconds(20)).until(() -> stored(failedInFrench).status() == NotificationStatus.FAILED
                && stored(failedInEnglish).status() == NotificationStatus.FAILED);
        mail = new MailServer(SMTP_PORT, Ports.free()).start();
    }

    @AfterAll
    void stopMail() {
        if (mail != null) {
            mail.close();
        }
    }

    private String confirmation(String language) {
        String registrationId = UUID.randomUUID().toString();
        Notification message = notifications.draft(MessageType.REGISTRATION_CONFIRMED, registrationId,
                registrationId, null, "retry-" + registrationId + "@example.org", language,
                Map.of("firstName", "Zoé", "manageUrl", manageUrl(registrationId), "checkInCode", "NEC1.x.y"),
                Instant.now());
        notifications.schedule(message);
        return message.id();
    }

    private static String manageUrl(String registrationId) {
        return "http://127.0.0.1:8080/manage/" + registrationId + "?token=tok-" + registrationId;
    }

    private Notification stored(String id) {
        return mongo.findById(id, Notification.class);
    }

    private List<MimeMessage> mailsTo(String address) {
        return List.of(mail.greenMail().getReceivedMessagesForDomain(address));
    }

    private RestClient anonymous() {
        return RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { }).build();
    }

    private RestClient organiser() {
        return anonymous().mutate()
                .defaultHeaders(h -> h.setBasicAuth(TestAccounts.ORGANISER, TestAccounts.ORGANISER_PASSWORD)).build();
    }

    @Test
    void aFailedMessageIsListedWithItsRetryButtonAndRetriedFromTheConsoleIsSent() throws Exception {
        Notification failed = stored(failedInFrench);
        assertThat(failed.attempts()).isEqualTo(2);
        assertThat(failed.lastError()).isNotBlank();
        String page = organiser().get().uri("/admin/mail?status=FAILED").retrieve().body(String.class);
        assertThat(page).contains("data-id=\"" + failed.id() + "\"", "data-action=\"retry\"",
                "action=\"/admin/mail/" + failed.id() + "/retry\"");

        var retried = organiser().post().uri("/admin/mail/{id}/retry", failed.id())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body("lang=fr&status=FAILED")
                .retrieve().toBodilessEntity();

        assertThat(retried.getStatusCode()).isEqualTo(HttpStatus.SEE_OTHER);
        assertThat(retried.getHeaders().getLocation().toString()).startsWith("/admin/mail?")
                .contains("status=FAILED", "done=retried", "lang=fr");
        await().atMost(Duration.ofSeconds(20)).until(() -> stored(failed.id()).status() == NotificationStatus.SENT);
        assertThat(stored(failed.id()).attempts()).isEqualTo(1);
        assertThat(stored(failed.id()).model()).as("the manage link is not kept once sent").isNull();
        assertThat(mailsTo(failed.recipient())).singleElement().satisfies(mail -> {
            assertThat(mail.getSubject()).isEqualTo(failed.subject());
            assertThat(text(mail)).contains("Bonjour Zoé", manageUrl(failed.registrationId()),
                    properties.publicUrl() + "/my-programme/" + failed.registrationId() + "?token=tok-"
                            + failed.registrationId());
        });
        String notice = organiser().get().uri(retried.getHeaders().getLocation()).retrieve().body(String.class);
        assertThat(notice).contains("role=\"status\"", "Le message est de nouveau programmé");
    }

    @Test
    void aFailedMessageRetriedThroughTheApiIsSent() {
        Notification failed = stored(failedInEnglish);

        var retried = organiser().post().uri("/api/admin/notifications/{id}/retry", failed.id()).retrieve()
                .toEntity(String.class);

        assertThat(retried.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        await().atMost(Duration.ofSeconds(20)).until(() -> stored(failed.id()).status() == NotificationStatus.SENT);
        assertThat(mailsTo(failed.recipient())).singleElement().satisfies(mail -> {
            assertThat(mail.getSubject()).isEqualTo("Your registration for Numérique En Commun[s] ESS is confirmed");
            assertThat(text(mail)).contains("Hello Zoé", properties.publicUrl() + "/my-programme/"
                    + failed.registrationId() + "?token=tok-" + failed.registrationId());
        });
    }

    @Test
    void retryingAMessageThatDidNotFailIsRefusedAndChangesNothing() {
        String id = "sent-" + UUID.randomUUID();
        Instant sentAt = Instant.parse("2026-01-05T10:00:00Z");
        mongo.insert(new Notification(id, MessageType.REGISTRATION_UPDATED, "r-" + id, null, id + "@example.org",
                "fr", "Vos informations sont modifiées", null, NotificationStatus.SENT, sentAt, sentAt, 1, null,
                null, null, sentAt, List.of(), List.of()));

        var fromThePage = organiser().post().uri("/admin/mail/{id}/retry", id)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body("lang=en").retrieve().toBodilessEntity();
        var fromTheApi = organiser().post().uri("/api/admin/notifications/{id}/retry", id).retrieve()
                .toEntity(String.class);
        var unknown = organiser().post().uri("/api/admin/notifications/{id}/retry", "no-such-message").retrieve()
                .toEntity(String.class);

        assertThat(fromThePage.getStatusCode()).isEqualTo(HttpStatus.SEE_OTHER);
        assertThat(fromThePage.getHeaders().getLocation().toString()).contains("refused=not-failed")
                .doesNotContain("done=");
        assertThat(organiser().get().uri(fromThePage.getHeaders().getLocation()).retrieve().body(String.class))
                .contains("role=\"alert\"", "only a failed message can be");
        assertThat(fromTheApi.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(fromTheApi.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        Notification after = stored(id);
        assertThat(after.status()).isEqualTo(NotificationStatus.SENT);
        assertThat(after.sentAt()).isEqualTo(sentAt);
        assertThat(after.dueAt()).isEqualTo(sentAt);
        assertThat(after.attempts()).isEqualTo(1);
        assertThat(mailsTo(id + "@example.org")).isEmpty();
    }

    @Test
    void onlyTheOrganiserRetries() {
        String id = "failed-" + UUID.randomUUID();
        mongo.insert(new Notification(id, MessageType.REGISTRATION_UPDATED, "r-" + id, null, id + "@example.org",
                "fr", "Vos informations sont modifiées", Map.of("firstName", "Zoé"), NotificationStatus.FAILED,
                Instant.now(), null, 2, "refused", null, null, Instant.now(), List.of(), List.of()));

        var page = anonymous().post().uri("/admin/mail/{id}/retry", id)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body("lang=fr").retrieve().toBodilessEntity();
        var api = anonymous().post().uri("/api/admin/notifications/{id}/retry", id).retrieve().toBodilessEntity();

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(stored(id).status()).isEqualTo(NotificationStatus.FAILED);
        assertThat(stored(id).attempts()).isEqualTo(2);
    }
}
