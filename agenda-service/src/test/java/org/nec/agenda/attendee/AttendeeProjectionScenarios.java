package org.nec.agenda.attendee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.nec.events.EventEnvelope;
import org.nec.events.EventJson;
import org.nec.events.Topics;
import org.nec.events.registration.ManageLinkReissued;
import org.nec.events.registration.ManageTokenHash;
import org.nec.events.registration.RegistrationCancelled;
import org.nec.events.registration.RegistrationConfirmed;
import org.nec.events.registration.RegistrationErased;
import org.nec.events.person.PersonKey;
import org.nec.events.person.PersonalFields;
import org.nec.platform.personkey.PersonKeys;
import org.nec.testing.TestLinkKeys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.KafkaTemplate;

/** The attendee projection, on embedded infrastructure here and on containers where Docker exists. */
@SpringBootTest
abstract class AttendeeProjectionScenarios {

    @Autowired
    KafkaTemplate<String, Object> kafka;

    @Autowired
    AttendeeProjection attendees;

    @Autowired
    PersonKeys keys;

    private static RegistrationConfirmed confirmed(String id, String firstName) {
        return new RegistrationConfirmed(id, firstName, "Martin", id + "@example.org", "Coop", "MEMBER", "en",
                "http://127.0.0.1:8081/manage/" + id + "?token=t", "hash-" + id, "NEC1." + id + ".sig");
    }

    private void publish(EventEnvelope envelope) throws Exception {
        kafka.send(Topics.REGISTRATION, envelope.aggregateId(), EventJson.toBytes(envelope)).get();
    }

    private Attendee attendee(String id) {
        return attendees.all().stream().filter(a -> a.registrationId().equals(id)).findFirst().orElse(null);
    }

    @Test
    void personalFieldsSealedWithThePersonsKeyAreReadEvenWhenTheKeyComesAfterTheEvent() throws Exception {
        String id = UUID.randomUUID().toString();
        PersonKey key = PersonKey.generate();

        publish(EventEnvelope.wrap(PersonalFields.seal(confirmed(id, "Bérénice"), key), Instant.now()));
        kafka.send(Topics.PERSON_KEYS, id, TestLinkKeys.keyRecord(id, key)).get();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(attendee(id)).isNotNull()
                .satisfies(a -> {
                    assertThat(a.firstName()).isEqualTo("Bérénice");
                    assertThat(a.email()).isEqualTo(id + "@example.org");
                    assertThat(a.status()).isEqualTo("CONFIRMED");
                }));
    }

    @Test
    void anErasedPersonsEventsReadAgainAreSkippedAndTheirKeyIsGone() throws Exception {
        String id = UUID.randomUUID().toString();
        PersonKey key = PersonKey.generate();
        kafka.send(Topics.PERSON_KEYS, id, TestLinkKeys.keyRecord(id, key)).get();
        EventEnvelope sealed = EventEnvelope.wrap(PersonalFields.seal(confirmed(id, "Bérénice"), key), Instant.now());
        publish(sealed);
        await().atMost(Duration.ofSeconds(30)).until(() -> attendee(id) != null && attendee(id).firstName() != null);
        assertThat(keys.holdsKeyOf(id)).isTrue();

        kafka.send(Topics.PERSON_KEYS, id, null).get();
        publish(EventEnvelope.wrap(new RegistrationErased(id), Instant.now()));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> !keys.holdsKeyOf(id) && "ERASED".equals(attendee(id).status()));
        // the same event read again (a replay, a new consumer) as a newer one
        publish(new EventEnvelope(UUID.randomUUID().toString(), sealed.type(), sealed.schemaVersion(),
                Instant.now().plusSeconds(60), id, sealed.payload()));

        assertThat(keys.open(sealed)).as("nothing to read any more").isEmpty();
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(attendee(id)).satisfies(a -> {
                    assertThat(a.status()).isEqualTo("ERASED");
                    assertThat(a.firstName()).isNull();
                }));
    }

    @Test
    void aConfirmedRegistrationBecomesAnAttendee() throws Exception {
        String id = UUID.randomUUID().toString();

        publish(EventEnvelope.wrap(confirmed(id, "Aïcha"), Instant.now()));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(attendee(id)).isNotNull()
                .satisfies(a -> {
                    assertThat(a.firstName()).isEqualTo("Aïcha");
                    assertThat(a.status()).isEqualTo("CONFIRMED");
                    assertThat(a.manageTokenHash()).isEqualTo("hash-" + id);
                }));
    }

    @Test
    void afterAResendBothLinksOpenTheAttendeesProgrammeUntilTheOldOneExpires() throws Exception {
        String id = UUID.randomUUID().toString();
        Instant now = Instant.now();
        publish(EventEnvelope.wrap(new RegistrationConfirmed(id, "Aïcha", "Martin", id + "@example.org", "Coop",
                "MEMBER", "fr", "http://x/manage/" + id + "?token=old", ManageTokenHash.of("old-" + id), "code"), now));
        await().atMost(Duration.ofSeconds(20)).until(() -> attendees.confirmedWithToken(id, "old-" + id).isPresent());

        publish(EventEnvelope.wrap(new ManageLinkReissued(id, "Aïcha", id + "@example.org", "fr",
                "http://x/manage/" + id + "?token=new", ManageTokenHash.of("new-" + id), ManageTokenHash.of("old-" + id),
                now.plus(Duration.ofHours(24))), now.plusSeconds(1)));
        await().atMost(Duration.ofSeconds(20)).until(() -> attendees.confirmedWithToken(id, "new-" + id).isPresent());

        assertThat(attendees.confirmedWithToken(id, "old-" + id)).as("the old link, within its 24 h").isPresent();
        assertThat(attendees.confirmedWithToken(id, "other")).isEmpty();

        publish(EventEnvelope.wrap(new ManageLinkReissued(id, "Aïcha", id + "@example.org", "fr",
                "http://x/manage/" + id + "?token=newer", ManageTokenHash.of("newer-" + id),
                ManageTokenHash.of("old-" + id), now.minusSeconds(1)), now.plusSeconds(2)));
        await().atMost(Duration.ofSeconds(20)).until(() -> attendees.confirmedWithToken(id, "newer-" + id).isPresent());

        assertThat(attendees.confirmedWithToken(id, "old-" + id)).as("the old link, once expired").isEmpty();
        assertThat(attendees.confirmedWithToken(id, "new-" + id)).as("a link replaced by a newer one").isEmpty();
    }

    @Test
    void replayedAndOlderEventsChangeNothing() throws Exception {
        String id = UUID.randomUUID().toString();
        Instant now = Instant.now();
        EventEnvelope current = EventEnvelope.wrap(confirmed(id, "Current"), now);
        publish(current);
        await().atMost(Duration.ofSeconds(20)).until(() -> attendee(id) != null);

        publish(current);
        publish(EventEnvelope.wrap(confirmed(id, "Stale"), now.minusSeconds(60)));
        String marker = UUID.randomUUID().toString();
        // same key, same partition: once the marker is applied, the replay and the stale event were consumed
        kafka.send(Topics.REGISTRATION, id, EventJson.toBytes(EventEnvelope.wrap(confirmed(marker, "M"), now)))
                .get();

        await().atMost(Duration.ofSeconds(20)).until(() -> attendee(marker) != null);
        assertThat(attendee(id)).satisfies(a -> {
            assertThat(a.firstName()).isEqualTo("Current");
            assertThat(a.lastEventId()).isEqualTo(current.eventId());
        });
        assertThat(attendees.all()).filteredOn(a -> a.registrationId().equals(id)).hasSize(1);
    }

    @Test
    void cancellationAndErasureFollowTheRegistration() throws Exception {
        String cancelled = UUID.randomUUID().toString();
        String erased = UUID.randomUUID().toString();
        Instant now = Instant.now();
        publish(EventEnvelope.wrap(confirmed(cancelled, "Léon"), now));
        publish(EventEnvelope.wrap(confirmed(erased, "Inès"), now));

        publish(EventEnvelope.wrap(new RegistrationCancelled(cancelled, "Léon", cancelled + "@example.org",
                "MEMBER", "en"), now.plusMillis(5)));
        publish(EventEnvelope.wrap(new RegistrationErased(erased), now.plusMillis(5)));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(attendee(cancelled)).extracting(Attendee::status).isEqualTo("CANCELLED");
            assertThat(attendee(erased)).satisfies(a -> {
                assertThat(a.status()).isEqualTo("ERASED");
                assertThat(a.email()).isNull();
                assertThat(a.firstName()).isNull();
                assertThat(a.manageTokenHash()).isNull();
            });
        });
    }
}
