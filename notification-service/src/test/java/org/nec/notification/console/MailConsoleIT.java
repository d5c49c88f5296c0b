package org.nec.notification.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.nec.notification.Mailboxes.mailsTo;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.nec.events.Topics;
import org.nec.events.registration.RegistrationConfirmed;
import org.nec.events.registration.RegistrationErased;
import org.nec.notification.Events;
import org.nec.notification.message.MessageType;
import org.nec.notification.message.Notification;
import org.nec.notification.message.NotificationStatus;
import org.nec.testing.EmbeddedInfrastructure;
import org.nec.testing.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.web.client.RestClient;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/** The organiser's mail console: who may open it, and that it finds, pages and hides what it should. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedInfrastructure
class MailConsoleIT {

    private static final Pattern ROW_ID = Pattern.compile("<tr data-id=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    KafkaTemplate<String, Object> kafka;

    private RestClient anonymous() {
        return RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { }).build();
    }

    private RestClient organiser() {
        return anonymous().mutate()
                .defaultHeaders(h -> h.setBasicAuth(TestAccounts.ORGANISER, TestAccounts.ORGANISER_PASSWORD)).build();
    }

    private ResponseEntity<String> console(String query) {
        return organiser().get().uri("/admin/mail" + query).retrieve().toEntity(String.class);
    }

    /** The ids of the delivery log's rows, in page order. */
    private static List<String> logRows(String page) {
        int table = page.indexOf("id=\"delivery-log\"");
        if (table < 0) {
            return List.of();
        }
        Matcher rows = ROW_ID.matcher(page.substring(table, page.indexOf("</table>", table)));
        List<String> ids = new ArrayList<>();
        while (rows.find()) {
            ids.add(rows.group(1));
        }
        return ids;
    }

    /** A message in the log as the dispatcher leaves it; scheduled ones are due tomorrow, so none is sent. */
    private Notification stored(String id, MessageType type, String email, NotificationStatus status, Instant due) {
        Instant dueAt = status == NotificationStatus.SCHEDULED ? Instant.now().plus(Duration.ofDays(1)) : due;
        return mongo.insert(new Notification(id, type, "r-" + id, null, email, "fr", "Objet " + id,
                Map.of("firstName", "Zoé"), status, dueAt, status == NotificationStatus.SENT ? dueAt : null, 1,
                status == NotificationStatus.FAILED ? "550 mailbox unavailable" : null, null, null, Instant.now(),
                List.of(), List.of()));
    }

    @Test
    void theConsoleIsForTheOrganiserOnly() {
        var signedOut = anonymous().get().uri("/admin/mail").header("Accept", "text/html").retrieve()
                .toEntity(String.class);
        var wrongPassword = anonymous().mutate().defaultHeaders(h -> h.setBasicAuth(TestAccounts.ORGANISER, "nope"))
                .build().get().uri("/admin/mail").retrieve().toEntity(String.class);
        var signedIn = console("");

        assertThat(signedOut.getStatusCode().is3xxRedirection()).isTrue();
        assertThat(signedOut.getHeaders().getLocation()).hasPath("/login");
        assertThat(wrongPassword.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(signedIn.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(signedIn.getBody()).contains("<main id=\"main\"", "data-action=\"sign-out\"",
                "aria-current=\"page\"", "Journal des envois");
        assertThat(signedIn.getHeaders().getFirst("Content-Security-Policy")).contains("script-src 'self'");
        assertThat(signedIn.getBody()).doesNotContain("<script", "style=");
    }

    @Test
    void searchFindsMessagesByAnyPartOfTheAddressAndByStatusAndType() {
        String domain = "@search-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
        Instant base = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(1));
        String prefix = "search-" + UUID.randomUUID() + "-";
        stored(prefix + "sent", MessageType.REGISTRATION_CONFIRMED, "alix" + domain, NotificationStatus.SENT, base);
        stored(prefix + "failed", MessageType.SEAT_CONFIRMED, "alix" + domain, NotificationStatus.FAILED,
                base.plusSeconds(60));
        stored(prefix + "other", MessageType.REGISTRATION_CONFIRMED, "bea" + domain, NotificationStatus.FAILED,
                base.plusSeconds(120));
        stored(prefix + "cancelled", MessageType.SESSION_REMINDER, "bea" + domain, NotificationStatus.CANCELLED,
                base.plusSeconds(180));
        stored(prefix + "elsewhere", MessageType.REGISTRATION_CONFIRMED, "alix@elsewhere.example",
                NotificationStatus.FAILED, base);

        assertThat(logRows(console("?email=" + domain).getBody())).containsExactly(prefix + "cancelled",
                prefix + "other", prefix + "failed", prefix + "sent");
        assertThat(logRows(console("?email=ALIX" + domain.toUpperCase()).getBody()))
                .containsExactly(prefix + "failed", prefix + "sent");
        assertThat(logRows(console("?email=" + domain + "&status=FAILED").getBody()))
                .containsExactly(prefix + "other", prefix + "failed");
        assertThat(logRows(console("?email=" + domain + "&type=REGISTRATION_CONFIRMED&lang=en").getBody()))
                .containsExactly(prefix + "other", prefix + "sent");
        assertThat(logRows(console("?status=FAILED&email=alix").getBody()))
                .contains(prefix + "failed", prefix + "elsewhere").doesNotContain(prefix + "sent", prefix + "other");
    }

    @Test
    void aSearchThatMatchesNothingSaysSo() {
        var page = console("?email=nobody-" + UUID.randomUUID() + "@example.org&lang=en");

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(logRows(page.getBody())).isEmpty();
        assertThat(page.getBody()).contains("id=\"no-message\"", "No message matches this search.");
    }

    @Test
    void anUnknownStatusIsShownAsAnErrorOfItsField() {
        var page = console("?status=LOST");

        assertThat(page.getBody()).contains("role=\"alert\"", "href=\"#status\"", "aria-invalid=\"true\"",
                "Choisissez un statut de la liste.");
        assertThat(logRows(page.getBody())).isEmpty();
    }

    @Test
    void theLogIsPagedFiftyAtATimeNewestDueFirst() {
        String domain = "@paged-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
        Instant base = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(2));
        List<String> ids = IntStream.range(0, 55).mapToObj(i -> stored("paged-" + domain + "-" + i,
                MessageType.REGISTRATION_UPDATED, "p" + i + domain, NotificationStatus.SENT,
                base.plusSeconds(60L * i)).id()).toList();

        var first = console("?email=" + domain).getBody();
        var second = console("?email=" + domain + "&page=2").getBody();

        assertThat(logRows(first)).hasSize(50).first().isEqualTo(ids.get(54));
        assertThat(first).contains("rel=\"next\"").doesNotContain("rel=\"prev\"");
        assertThat(logRows(second)).containsExactly(ids.get(4), ids.get(3), ids.get(2), ids.get(1), ids.get(0));
        assertThat(second).contains("rel=\"prev\"").doesNotContain("rel=\"next\"");
    }

    @Test
    void anErasedPersonsAddressIsNeverShown() throws Exception {
        String id = UUID.randomUUID().toString();
        String email = "erase-" + id + "@example.org";
        Events.publish(kafka, Topics.REGISTRATION, new RegistrationConfirmed(id, "Noé", "B", email, null, "MEMBER",
                "fr", "http://127.0.0.1:8080/manage/" + id + "?token=t-" + id, "h", "NEC1." + id + ".sig"));
        await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(email).size() == 1);
        assertThat(logRows(console("?email=" + email).getBody())).hasSize(1);

        Events.publish(kafka, Topics.REGISTRATION, new RegistrationErased(id));

        await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(email).size() == 2);
        await().atMost(Duration.ofSeconds(10)).until(() -> mongo.find(query(where("registrationId").is(id)),
                Notification.class).stream().allMatch(n -> n.status() == NotificationStatus.SENT
                && "erased".equals(n.recipient())));
        assertThat(logRows(console("?email=" + email).getBody())).isEmpty();
        assertThat(logRows(console("?email=erased").getBody())).isEmpty();
        assertThat(console("?type=ERASURE_CONFIRMED").getBody()).doesNotContain(email)
                .contains("(données effacées)");
    }

    @Test
    void theApiIsDescribedByOpenApiWithSwaggerUi() {
        var spec = anonymous().get().uri("/v3/api-docs").retrieve().toEntity(String.class);
        var ui = anonymous().get().uri("/swagger-ui/index.html").retrieve().toEntity(String.class);

        assertThat(spec.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(spec.getBody()).contains("\"openapi\"", "/api/admin/notifications",
                "/api/admin/notifications/{id}/retry", "/api/unsubscribe/{registrationId}/{signature}");
        assertThat(ui.getStatusCode()).isEqualTo(HttpStatus.OK);
    }
}
