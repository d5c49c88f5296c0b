package org.nec.notification.digest;

import static org.nec.notification.Events.publish;
import static org.nec.notification.Mailboxes.calendar;
import static org.nec.notification.Mailboxes.mailsTo;
import static org.nec.notification.Mailboxes.subject;
import static org.nec.notification.Mailboxes.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.nec.events.DomainEvent;
import org.nec.events.EventEnvelope;
import org.nec.events.Topics;
import org.nec.events.agenda.SchedulePublished;
import org.nec.events.agenda.SeatConfirmed;
import org.nec.events.agenda.SeatReleased;
import org.nec.events.agenda.SessionChange;
import org.nec.events.agenda.SessionChanged;
import org.nec.events.registration.RegistrationConfirmed;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.KafkaTemplate;
import org.nec.notification.edition.EditionCopy;

/**
 * Schedule changes reach attendees once per release, as one digest listing their changed sessions, and messages
 * carry calendar files that update the entries a calendar already holds.
 */
@SpringBootTest(properties = "nec.notification.digest-window=PT2S")
abstract class ScheduleChangeScenarios {

    private static final Instant MORNING = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);

    @Autowired
    KafkaTemplate<String, Object> kafka;

    @Autowired
    org.springframework.data.mongodb.core.MongoTemplate mongo;

    @Autowired
    org.nec.notification.message.Notifications notifications;

    private static List<MimeMessage> mailsWithSubject(String address, String subject) {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage mail : mailsTo(address)) {
            if (subject.equals(subject(mail))) {
                found.add(mail);
            }
        }
        return found;
    }

    private String attendee(String language) throws Exception {
        String id = UUID.randomUUID().toString();
        publish(kafka, Topics.REGISTRATION, new RegistrationConfirmed(id, "Lina", "R", id + "@example.org", null, "MEMBER",
                language, "http://x/manage/" + id, "h", "code"));
        await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(id + "@example.org").size() == 1);
        return id;
    }

    private static SessionChanged session(String id, int version, String change, String title, Instant start) {
        return new SessionChanged(id, version, SessionChange.valueOf(change), title + " (fr)", title + " (en)", "WORKSHOP", "Salle Ostrom",
                start, start.plus(Duration.ofHours(1)), List.of("Awa Diallo"), 20);
    }

    private void seat(String sessionId, String registrationId, int mailsExpected) throws Exception {
        publish(kafka, Topics.AGENDA, new SeatConfirmed(sessionId, registrationId));
        await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(registrationId + "@example.org").size()
                == mailsExpected);
    }

    @Test
    void oneDigestPerAttendeePerReleaseListsAllTheirChangedSessions() throws Exception {
        String moved = UUID.randomUUID().toString();
        String cancelled = UUID.randomUUID().toString();
        String untouched = UUID.randomUUID().toString();
        for (String s : List.of(moved, cancelled, untouched)) {
            publish(kafka, Topics.AGENDA, session(s, 1, "ADDED", "Session " + s.substring(0, 8), MORNING));
        }
        String both = attendee("fr");
        String one = attendee("en");
        String none = attendee("fr");
        seat(moved, both, 2);
        seat(cancelled, both, 3);
        seat(cancelled, one, 2);
        seat(untouched, none, 2);

        Instant released = Instant.now();
        publish(kafka, Topics.AGENDA, EventEnvelope.wrap(session(moved, 2, "MOVED", "Session " + moved.substring(0, 8),
                MORNING.plus(Duration.ofHours(2))), released));
        EventEnvelope cancellation = EventEnvelope.wrap(session(cancelled, 2, "CANCELLED",
                "Session " + cancelled.substring(0, 8), MORNING), released);
        publish(kafka, Topics.AGENDA, cancellation);
        // agenda frees the seats of a cancelled session just after publishing
        publish(kafka, Topics.AGENDA, EventEnvelope.wrap(new SeatReleased(cancelled, both), released.plusMillis(5)));
        publish(kafka, Topics.AGENDA, EventEnvelope.wrap(new SeatReleased(cancelled, one), released.plusMillis(5)));
        publish(kafka, Topics.AGENDA, cancellation);

        String french = "Programme mis à jour : vos séances changent";
        String english = "Programme update: your sessions change";
        await().atMost(Duration.ofSeconds(20)).until(() -> mailsWithSubject(both + "@example.org", french).size() == 1
                && mailsWithSubject(one + "@example.org", english).size() == 1);
        MimeMessage digest = mailsWithSubject(both + "@example.org", french).get(0);
        String text = text(digest);
        assertThat(text).contains("Session " + moved.substring(0, 8) + " (fr)", "Session "
                + cancelled.substring(0, 8) + " (fr)", "Annulée", "Salle Ostrom");
        List<VEvent> events = calendar(digest);
        // in programme order: the cancelled one was first in the day
        assertThat(events).extracting(e -> e.getUid().orElseThrow().getValue())
                .containsExactly(cancelled + "@numerique-en-communs", moved + "@numerique-en-communs");
        assertThat(events.get(0).getProperty("STATUS").orElseThrow().getValue()).isEqualTo("CANCELLED");
        assertThat(events.get(1).getProperty("DTSTART").orElseThrow().getValue())
                .isEqualTo(ical(MORNING.plus(Duration.ofHours(2))));
        assertThat(events.get(1).getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo("2");
        assertThat(events.get(1).getProperty("STATUS")).isEmpty();
        MimeMessage english1 = mailsWithSubject(one + "@example.org", english).get(0);
        assertThat(text(english1)).contains("Session " + cancelled.substring(0, 8) + " (en)", "Cancelled")
                .doesNotContain(moved.substring(0, 8));

        // the next release: one more digest, and the redelivered change of the first sent nothing more
        publish(kafka, Topics.AGENDA, EventEnvelope.wrap(session(moved, 2, "MOVED", "Session " + moved.substring(0, 8),
                MORNING.plus(Duration.ofHours(2))), released));
        publish(kafka, Topics.AGENDA, session(moved, 3, "UPDATED", "Renamed " + moved.substring(0, 8),
                MORNING.plus(Duration.ofHours(2))));
        await().atMost(Duration.ofSeconds(20)).until(() -> mailsWithSubject(both + "@example.org", french).size() == 2);
        assertThat(text(mailsWithSubject(both + "@example.org", french).get(1))).contains("Renamed " + moved.substring(0, 8))
                .doesNotContain(cancelled.substring(0, 8));
        assertThat(mailsTo(none + "@example.org")).hasSize(2);
        assertThat(mailsWithSubject(one + "@example.org", english)).hasSize(1);
    }

    @Test
    void seatAndRegistrationMessagesCarryTheirCalendarFile() throws Exception {
        publish(kafka, Topics.AGENDA, new SchedulePublished(1, Instant.now(), "NEC 2026", "Europe/Paris", MORNING,
                4, 4, MORNING.plus(Duration.ofDays(2)), "Maison de la Mutualité"));
        String sessionId = UUID.randomUUID().toString();
        publish(kafka, Topics.AGENDA, session(sessionId, 1, "ADDED", "Atelier", MORNING));
        await().atMost(Duration.ofSeconds(20)).until(() -> mongo.findById(EditionCopy.CURRENT, EditionCopy.class)
                != null);
        String registrationId = attendee("en");
        seat(sessionId, registrationId, 2);

        List<MimeMessage> mails = mailsTo(registrationId + "@example.org");
        List<VEvent> edition = calendar(mails.get(0));
        assertThat(edition).singleElement().satisfies(e -> {
            assertThat(e.getUid().orElseThrow().getValue()).isEqualTo("edition@numerique-en-communs");
            assertThat(e.getProperty("SUMMARY").orElseThrow().getValue()).isEqualTo("NEC 2026");
            assertThat(e.getProperty("LOCATION").orElseThrow().getValue()).isEqualTo("Maison de la Mutualité");
            // whole days in the edition's time zone: the first day, and the day after the last
            java.time.ZoneId paris = java.time.ZoneId.of("Europe/Paris");
            java.time.LocalDate first = MORNING.atZone(paris).toLocalDate();
            java.time.LocalDate last = MORNING.plus(Duration.ofDays(2)).minusSeconds(1).atZone(paris).toLocalDate();
            assertThat(e.getProperty("DTSTART").orElseThrow().getValue()).isEqualTo(first.toString().replace("-", ""));
            assertThat(e.getProperty("DTEND").orElseThrow().getValue())
                    .isEqualTo(last.plusDays(1).toString().replace("-", ""));
        });
        assertThat(calendar(mails.get(1))).singleElement().satisfies(e -> {
            assertThat(e.getUid().orElseThrow().getValue()).isEqualTo(sessionId + "@numerique-en-communs");
            assertThat(e.getProperty("SUMMARY").orElseThrow().getValue()).isEqualTo("Atelier (en)");
            assertThat(e.getProperty("LOCATION").orElseThrow().getValue()).isEqualTo("Salle Ostrom");
        });
    }

    @Test
    void aSeatConfirmedDeliveredTwiceSendsOneSeatMail() throws Exception {
        String sessionId = UUID.randomUUID().toString();
        publish(kafka, Topics.AGENDA, session(sessionId, 1, "ADDED", "Atelier", MORNING));
        String registrationId = attendee("en");
        String marker = attendee("en");
        EventEnvelope seat = EventEnvelope.wrap(new SeatConfirmed(sessionId, registrationId), Instant.now());

        publish(kafka, Topics.AGENDA, seat);
        publish(kafka, Topics.AGENDA, seat);
        // same key (the session), same partition: once the marker's seat mail is out, both copies were consumed
        seat(sessionId, marker, 2);

        assertThat(mailsWithSubject(registrationId + "@example.org", "Your seat is booked"))
                .as("the same record delivered twice").hasSize(1);
        assertThat(mailsTo(registrationId + "@example.org")).hasSize(2);
        assertThat(notifications.forRecipient(registrationId + "@example.org"))
                .as("one seat message kept, none waiting to go out").extracting(n -> n.type())
                .filteredOn(org.nec.notification.message.MessageType.SEAT_CONFIRMED::equals).hasSize(1);
    }

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> seatMessages() {
        java.util.function.BiFunction<String, String, DomainEvent> confirmed = SeatConfirmed::new;
        java.util.function.BiFunction<String, String, DomainEvent> waitlisted =
                org.nec.events.agenda.SeatWaitlisted::new;
        java.util.function.BiFunction<String, String, DomainEvent> promoted = org.nec.events.agenda.SeatPromoted::new;
        return java.util.stream.Stream.of(
                org.junit.jupiter.params.provider.Arguments.of("fr", confirmed, "Votre place est réservée",
                        "Votre place est réservée pour cette séance", true),
                org.junit.jupiter.params.provider.Arguments.of("en", confirmed, "Your seat is booked",
                        "Your seat is booked for this session", true),
                org.junit.jupiter.params.provider.Arguments.of("fr", waitlisted,
                        "Vous êtes sur la liste d'attente d'une séance", "Cette séance est complète", false),
                org.junit.jupiter.params.provider.Arguments.of("en", waitlisted, "You are on a session's waiting list",
                        "This session is full", false),
                org.junit.jupiter.params.provider.Arguments.of("fr", promoted,
                        "Une place s'est libérée pour vous dans une séance", "elle est pour vous", true),
                org.junit.jupiter.params.provider.Arguments.of("en", promoted, "A seat freed up for you in a session",
                        "it is yours", true));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{2}")
    @org.junit.jupiter.params.provider.MethodSource("seatMessages")
    void eachSeatMessageIsSentInTheAttendeesLanguage(String language,
            java.util.function.BiFunction<String, String, DomainEvent> seatEvent, String subject, String excerpt,
            boolean withCalendar) throws Exception {
        String sessionId = UUID.randomUUID().toString();
        publish(kafka, Topics.AGENDA, session(sessionId, 1, "ADDED", "Atelier", MORNING));
        String registrationId = attendee(language);

        publish(kafka, Topics.AGENDA, seatEvent.apply(sessionId, registrationId));

        await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(registrationId + "@example.org").size() == 2);
        MimeMessage mail = mailsTo(registrationId + "@example.org").get(1);
        assertThat(mail.getSubject()).isEqualTo(subject);
        assertThat(mail.getHeader("Content-Language")).containsExactly(language);
        assertThat(text(mail)).contains(excerpt, "Atelier (" + language + ")", "Salle Ostrom");
        if (withCalendar) {
            assertThat(calendar(mail)).singleElement().satisfies(e -> assertThat(e.getUid().orElseThrow().getValue())
                    .isEqualTo(sessionId + "@numerique-en-communs"));
        } else {
            assertThat(com.icegreen.greenmail.util.GreenMailUtil.getWholeMessage(mail)).doesNotContain("text/calendar");
        }
    }

    private static String ical(Instant instant) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(java.time.ZoneOffset.UTC)
                .format(instant);
    }
}
