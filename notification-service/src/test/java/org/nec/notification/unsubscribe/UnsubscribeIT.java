package org.nec.notification.unsubscribe;

import static org.nec.notification.Events.publish;
import static org.nec.notification.Mailboxes.mailsTo;
import static org.nec.notification.Mailboxes.subject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.nec.events.Topics;
import org.nec.events.agenda.SeatConfirmed;
import org.nec.events.agenda.SessionChange;
import org.nec.events.agenda.SessionChanged;
import org.nec.events.registration.RegistrationConfirmed;
import org.nec.notification.contact.Contacts;
import org.nec.notification.message.MessageType;
import org.nec.notification.message.Notification;
import org.nec.notification.message.NotificationStatus;
import org.nec.testing.EmbeddedInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.web.client.RestClient;

/** Reminders offer one-click unsubscribe (RFC 8058); after it, no reminder is sent or scheduled any more. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "nec.reminders.session-before=PT1H")
@EmbeddedInfrastructure
class UnsubscribeIT {

    @LocalServerPort
    int port;

    @Autowired
    KafkaTemplate<String, Object> kafka;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    Contacts contacts;

    private RestClient http() {
        return RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { }).build();
    }

    private static SessionChanged session(String id, Instant start) {
        return new SessionChanged(id, 1, SessionChange.ADDED, "Atelier", "Workshop", "WORKSHOP", "Salle Ostrom", start,
                start.plus(Duration.ofHours(1)), List.of(), 20);
    }

    private Notification reminder(String sessionId, String registrationId) {
        return mongo.findById(MessageType.SESSION_REMINDER + ":" + sessionId + ":" + registrationId,
                Notification.class);
    }

    @Test
    void aReminderOffersOneClickUnsubscribeAndNoReminderFollowsIt() throws Exception {
        String id = UUID.randomUUID().toString();
        String email = id + "@example.org";
        String soon = UUID.randomUUID().toString();
        String later = UUID.randomUUID().toString();
        String afterwards = UUID.randomUUID().toString();
        publish(kafka, Topics.REGISTRATION, new RegistrationConfirmed(id, "Noé", "B", email, null, "MEMBER", "en",
                "http://x/manage/" + id, "h", "code"));
        publish(kafka, Topics.AGENDA, session(soon, Instant.now().plus(Duration.ofHours(1)).plusSeconds(3)));
        publish(kafka, Topics.AGENDA, session(later, Instant.now().plus(Duration.ofHours(3))));
        publish(kafka, Topics.AGENDA, session(afterwards, Instant.now().plus(Duration.ofHours(4))));
        await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(email).size() == 1);
        publish(kafka, Topics.AGENDA, new SeatConfirmed(soon, id));
        publish(kafka, Topics.AGENDA, new SeatConfirmed(later, id));

        await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(email).stream()
                .anyMatch(m -> subject(m).equals("Your session starts soon")));
        MimeMessage reminder = mailsTo(email).stream().filter(m -> subject(m).equals("Your session starts soon"))
                .findFirst().orElseThrow();
        String[] listUnsubscribe = reminder.getHeader("List-Unsubscribe");
        assertThat(listUnsubscribe).singleElement().asString().startsWith("<http://127.0.0.1:8080/api/unsubscribe/"
                + id + "/").endsWith(">");
        assertThat(reminder.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        String oneClick = URI.create(listUnsubscribe[0].substring(1, listUnsubscribe[0].length() - 1)).getPath();
        assertThat(mailsTo(email).get(0).getHeader("List-Unsubscribe")).as("not on the confirmation").isNull();

        // opening the link only shows the page: mail scanners open links
        var opened = http().get().uri(oneClick).retrieve().toBodilessEntity();
        assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.SEE_OTHER);
        var page = http().get().uri(opened.getHeaders().getLocation()).retrieve().toEntity(String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("lang=\"en\"", "Stop receiving reminders", "<form method=\"post\"");
        assertThat(contacts.find(id).orElseThrow().unsubscribedFromReminders()).isFalse();
        var forged = http().post().uri(oneClick.substring(0, oneClick.lastIndexOf('/') + 1) + "forged")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body("List-Unsubscribe=One-Click")
                .retrieve().toBodilessEntity();
        assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        var clicked = http().post().uri(oneClick).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body("List-Unsubscribe=One-Click").retrieve().toEntity(String.class);

        assertThat(clicked.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(contacts.find(id).orElseThrow().unsubscribedFromReminders()).isTrue();
        assertThat(reminder(later, id).status()).isEqualTo(NotificationStatus.CANCELLED);
        int before = mailsTo(email).size();
        publish(kafka, Topics.AGENDA, new SeatConfirmed(afterwards, id));
        await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(email).size() == before + 1);
        assertThat(subject(mailsTo(email).get(before))).isEqualTo("Your seat is booked");
        assertThat(reminder(afterwards, id)).isNull();
    }
}
