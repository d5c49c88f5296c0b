package org.nec.notification.registration;

import static org.nec.notification.Mailboxes.mailsTo;
import static org.nec.notification.Mailboxes.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.nec.events.EventEnvelope;
import org.nec.events.EventJson;
import org.nec.events.Topics;
import org.nec.events.registration.RegistrationConfirmed;
import org.nec.testing.TopicRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.KafkaTemplate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nec.events.registration.ManageLinkReissued;
import org.nec.events.registration.RegistrationCancelled;
import org.nec.events.registration.RegistrationErased;
import org.nec.events.registration.RegistrationPromoted;
import org.nec.events.registration.RegistrationUpdated;
import org.nec.events.registration.RegistrationWaitlisted;
import org.nec.notification.contact.Contacts;
import org.nec.events.person.PersonKey;
import org.nec.events.person.PersonalFields;
import org.nec.platform.personkey.PersonKeys;
import org.nec.testing.TestLinkKeys;
import java.util.function.Function;
import java.util.stream.Stream;

import com.icegreen.greenmail.util.GreenMailUtil;
import org.nec.notification.message.Notification;
import org.nec.notification.message.Notifications;
import org.nec.notification.message.NotificationStatus;

/** Notification scenarios, on embedded infrastructure here and on containers where Docker exists. */
@SpringBootTest
abstract class NotificationScenarios {

    @Autowired
    KafkaTemplate<String, Object> kafka;

    @Autowired
    Notifications notifications;

    @Autowired
    Contacts contacts;

    @Autowired
    PersonKeys keys;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    static RegistrationConfirmed confirmed(String language) {
        String id = UUID.randomUUID().toString();
        return new RegistrationConfirmed(id, "Aïcha", "Martin", "aicha-" + id + "@example.org", "Coop", "MEMBER",
                language, "http://127.0.0.1:8081/manage/" + id + "?token=secret-" + id, "hash", "NEC1." + id + ".sig");
    }

    void publish(EventEnvelope envelope) throws Exception {
        kafka.send(Topics.REGISTRATION, envelope.aggregateId(), EventJson.toBytes(envelope)).get();
    }

    @Test
    void registrationConfirmedSendsTheConfirmationInFrenchWithTheManageLink() throws Exception {
        RegistrationConfirmed event = confirmed("fr");

        publish(EventEnvelope.wrap(event, Instant.now()));

        await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(event.email()).size() == 1);
        MimeMessage mail = mailsTo(event.email()).get(0);
        assertThat(mail.getSubject()).isEqualTo("Votre inscription à Numérique En Commun[s] ESS est confirmée");
        assertThat(mail.getHeader("Content-Language")).containsExactly("fr");
        // stable, so that a resend of the same notification is the same message to the mail client
        assertThat(mail.getMessageID()).isEqualTo("<REGISTRATION_CONFIRMED." + event.registrationId() + "@nec.example>");
        assertThat(text(mail)).contains("Bonjour Aïcha", event.manageUrl());
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(notifications
                .forRecipient(event.email())).singleElement().satisfies(n -> {
                    assertThat(n.status()).isEqualTo(NotificationStatus.SENT);
                    assertThat(n.model()).isNull();
                }));
    }

    @Test
    void personalFieldsSealedWithThePersonsKeyStillMakeTheMailAndErasureLeavesNoKey() throws Exception {
        RegistrationConfirmed event = confirmed("fr");
        String id = event.registrationId();
        PersonKey key = PersonKey.generate();

        publish(EventEnvelope.wrap(PersonalFields.seal(event, key), Instant.now()));
        kafka.send(Topics.PERSON_KEYS, id, TestLinkKeys.keyRecord(id, key)).get();

        await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo(event.email()).size() == 1);
        assertThat(text(mailsTo(event.email()).get(0))).contains("Bonjour Aïcha", event.manageUrl());
        assertThat(keys.holdsKeyOf(id)).isTrue();

        kafka.send(Topics.PERSON_KEYS, id, null).get();
        publish(EventEnvelope.wrap(new RegistrationErased(id), Instant.now()));

        await().atMost(Duration.ofSeconds(20)).until(() -> !keys.holdsKeyOf(id));
        assertThat(keys.open(EventEnvelope.wrap(PersonalFields.seal(event, key), Instant.now())))
                .as("the person's events read again are skipped").isEmpty();
    }

    @Test
    void registrationConfirmedInEnglishIsSentInEnglish() throws Exception {
        RegistrationConfirmed event = confirmed("en");

        publish(EventEnvelope.wrap(event, Instant.now()));

        await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(event.email()).size() == 1);
        assertThat(mailsTo(event.email()).get(0).getSubject())
                .isEqualTo("Your registration for Numérique En Commun[s] ESS is confirmed");
    }

    @Test
    void aRedeliveredEventSendsNoSecondMail() throws Exception {
        RegistrationConfirmed event = confirmed("fr");
        EventEnvelope envelope = EventEnvelope.wrap(event, Instant.now());
        RegistrationConfirmed later = confirmed("en");

        publish(envelope);
        await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(event.email()).size() == 1);
        publish(envelope);
        // same key, same partition: once the later event's mail is out, the duplicate has been consumed
        kafka.send(Topics.REGISTRATION, envelope.aggregateId(),
                EventJson.toBytes(EventEnvelope.wrap(later, Instant.now()))).get();

        await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(later.email()).size() == 1);
        assertThat(mailsTo(event.email())).hasSize(1);
        assertThat(notifications.forRecipient(event.email())).singleElement()
                .extracting(Notification::attempts).isEqualTo(1);
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndTheNextRecordIsStillProcessed() throws Exception {
        String poisonKey = "poison-" + UUID.randomUUID();
        RegistrationConfirmed next = confirmed("fr");

        kafka.send(Topics.REGISTRATION, poisonKey, "{ not an event".getBytes(StandardCharsets.UTF_8)).get();
        publish(EventEnvelope.wrap(next, Instant.now()));

        await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(next.email()).size() == 1);
        try (var deadLetters = new TopicRecords(bootstrapServers, Topics.deadLetter(Topics.REGISTRATION))) {
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(deadLetters.poll())
                    .filteredOn(r -> poisonKey.equals(r.key())).singleElement()
                    .satisfies(r -> assertThat(new String(r.value(), StandardCharsets.UTF_8))
                            .isEqualTo("{ not an event")));
        }
    }

    @Test
    void aPoisonRecordBetweenTwoRecordsOfTheSameKeyGoesToTheDeadLetterTopicAndTheNextOneIsProcessed()
            throws Exception {
        RegistrationConfirmed first = confirmed("en");
        String key = first.registrationId();
        String poison = "{ not an event for " + key;
        RegistrationUpdated next = new RegistrationUpdated(key, first.firstName(), first.lastName(), first.email(),
                first.organisation(), first.language());

        // one key, one partition: the three records are consumed in this order
        publish(EventEnvelope.wrap(first, Instant.now()));
        kafka.send(Topics.REGISTRATION, key, poison.getBytes(StandardCharsets.UTF_8)).get();
        publish(EventEnvelope.wrap(next, Instant.now()));

        await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo(first.email()).size() == 2);
        assertThat(mailsTo(first.email())).extracting(MimeMessage::getSubject).containsExactlyInAnyOrder(
                "Your registration for Numérique En Commun[s] ESS is confirmed", "Your details were changed");
        try (var deadLetters = new TopicRecords(bootstrapServers, Topics.deadLetter(Topics.REGISTRATION))) {
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(deadLetters.poll())
                    .filteredOn(r -> key.equals(r.key())).singleElement()
                    .satisfies(r -> assertThat(new String(r.value(), StandardCharsets.UTF_8)).isEqualTo(poison)));
        }
    }

    static Stream<Arguments> messages() {
        return Stream.of(
                Arguments.of("fr", (Function<RegistrationConfirmed, Object>) c -> new RegistrationWaitlisted(
                        c.registrationId(), c.firstName(), c.lastName(), c.email(), c.organisation(), c.ticketType(),
                        c.language(), c.manageUrl(), c.manageTokenHash(), 7),
                        "Vous êtes sur la liste d'attente de Numérique En Commun[s] ESS", "en position 7"),
                Arguments.of("en", (Function<RegistrationConfirmed, Object>) c -> new RegistrationWaitlisted(
                        c.registrationId(), c.firstName(), c.lastName(), c.email(), c.organisation(), c.ticketType(),
                        c.language(), c.manageUrl(), c.manageTokenHash(), 7),
                        "You are on the waiting list for Numérique En Commun[s] ESS", "at position 7"),
                Arguments.of("fr", (Function<RegistrationConfirmed, Object>) c -> new RegistrationPromoted(
                        c.registrationId(), c.firstName(), c.email(), c.ticketType(), c.language(), c.checkInCode()),
                        "Une place s'est libérée : votre inscription est confirmée", "elle est pour vous"),
                Arguments.of("en", (Function<RegistrationConfirmed, Object>) c -> new RegistrationPromoted(
                        c.registrationId(), c.firstName(), c.email(), c.ticketType(), c.language(), c.checkInCode()),
                        "A seat freed up: your registration is confirmed", "it is yours"),
                Arguments.of("fr", (Function<RegistrationConfirmed, Object>) c -> new RegistrationUpdated(
                        c.registrationId(), c.firstName(), c.lastName(), c.email(), c.organisation(), c.language()),
                        "Vos informations sont modifiées", "sont enregistrées"),
                Arguments.of("en", (Function<RegistrationConfirmed, Object>) c -> new RegistrationUpdated(
                        c.registrationId(), c.firstName(), c.lastName(), c.email(), c.organisation(), c.language()),
                        "Your details were changed", "are saved"),
                Arguments.of("fr", (Function<RegistrationConfirmed, Object>) c -> new RegistrationCancelled(
                        c.registrationId(), c.firstName(), c.email(), c.ticketType(), c.language()),
                        "Votre inscription est annulée", "personne suivante"),
                Arguments.of("en", (Function<RegistrationConfirmed, Object>) c -> new RegistrationCancelled(
                        c.registrationId(), c.firstName(), c.email(), c.ticketType(), c.language()),
                        "Your registration is cancelled", "next person"),
                Arguments.of("fr", (Function<RegistrationConfirmed, Object>) c -> new ManageLinkReissued(
                        c.registrationId(), c.firstName(), c.email(), c.language(), c.manageUrl() + "-new", "h2"),
                        "Votre lien pour gérer votre inscription", "-new"),
                Arguments.of("en", (Function<RegistrationConfirmed, Object>) c -> new ManageLinkReissued(
                        c.registrationId(), c.firstName(), c.email(), c.language(), c.manageUrl() + "-new", "h2"),
                        "Your link to manage your registration", "-new"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("messages")
    void eachRegistrationEventSendsItsMessageInTheAttendeesLanguage(String language,
            Function<RegistrationConfirmed, Object> event, String subject, String bodyExcerpt) throws Exception {
        RegistrationConfirmed attendee = confirmed(language);

        publish(EventEnvelope.wrap((org.nec.events.DomainEvent) event.apply(attendee), Instant.now()));

        await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(attendee.email()).size() == 1);
        MimeMessage mail = mailsTo(attendee.email()).get(0);
        assertThat(mail.getSubject()).isEqualTo(subject);
        assertThat(mail.getHeader("Content-Language")).containsExactly(language);
        assertThat(text(mail)).contains(bodyExcerpt);
    }

    @Test
    void theConfirmationCarriesTheCheckInQrCode() throws Exception {
        RegistrationConfirmed event = confirmed("fr");

        publish(EventEnvelope.wrap(event, Instant.now()));

        await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(event.email()).size() == 1);
        MimeMessage mail = mailsTo(event.email()).get(0);
        String raw = GreenMailUtil.getWholeMessage(mail);
        assertThat(raw).contains("Content-ID: <checkin-qr>", "Content-Type: image/png", "cid:checkin-qr");
        assertThat(text(mail)).contains(event.checkInCode());
    }

    @Test
    void erasureConfirmsItselfThenForgetsThePerson() throws Exception {
        RegistrationConfirmed event = confirmed("en");
        publish(EventEnvelope.wrap(event, Instant.now()));
        await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(event.email()).size() == 1);

        publish(EventEnvelope.wrap(new RegistrationErased(event.registrationId()), Instant.now()));

        await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(event.email()).size() == 2);
        assertThat(mailsTo(event.email()).get(1).getSubject()).isEqualTo("Your data is erased");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(notifications.forRecipient(event.email())).isEmpty();
            assertThat(contacts.find(event.registrationId())).isEmpty();
        });
    }
}
