package org.nec.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.nec.events.notification.NotificationSent;
import org.nec.events.person.PersonKey;
import org.nec.events.person.PersonalFields;
import org.nec.events.registration.ManageLinkReissued;
import org.nec.events.registration.RegistrationConfirmed;

class EventJsonTest {

    private static final Instant AT = Instant.parse("2026-11-28T09:30:00Z");

    @Test
    void registrationConfirmedSurvivesTheRoundTrip() {
        var event = new RegistrationConfirmed("r-1", "Aïcha", "Martin", "aicha@example.org", "Coop des Communs",
                "MEMBER", "fr", "http://127.0.0.1:8081/manage/r-1?token=abc", "hash", "NEC1.r-1.sig");
        EventEnvelope envelope = EventEnvelope.wrap(event, AT);

        EventEnvelope read = EventJson.fromBytes(EventJson.toBytes(envelope));

        assertThat(read).isEqualTo(envelope);
        assertThat(read.type()).isEqualTo("RegistrationConfirmed");
        assertThat(read.aggregateId()).isEqualTo("r-1");
        assertThat(read.payload()).isEqualTo(event);
    }

    @Test
    void aReissuedLinkCarriesTheLinkItFollowsAndOlderEventsStillRead() {
        var event = new ManageLinkReissued("r-1", "Aïcha", "aicha@example.org", "fr", "http://x/manage/r-1?token=n",
                "new-hash", "old-hash", AT);
        EventEnvelope envelope = EventEnvelope.wrap(event, AT);
        String older = EventJson.toJson(EventEnvelope.wrap(new ManageLinkReissued("r-1", "Aïcha",
                "aicha@example.org", "fr", "http://x/manage/r-1?token=n", "new-hash"), AT))
                .replace(",\"previousManageTokenHash\":null", "").replace(",\"previousValidUntil\":null", "");

        assertThat(EventJson.fromBytes(EventJson.toBytes(envelope)).payload()).isEqualTo(event);
        assertThat(older).doesNotContain("previous");
        assertThat(((ManageLinkReissued) EventJson.fromJson(older).payload()).previousManageTokenHash()).isNull();
    }

    @Test
    void linksAndCodesTravelSealedAndEventsOfEarlierBuildsStillReadWithThemInClear() {
        var event = new RegistrationConfirmed("r-1", "Aïcha", "Martin", "aicha@example.org", null, "MEMBER", "fr",
                null, "hash", null, "S1.a.b.c", "S1.d.e.f");
        String older = """
                {"eventId":"e-1","type":"RegistrationConfirmed","schemaVersion":1,"occurredAt":"2026-11-28T09:30:00Z",
                 "aggregateId":"r-1","payload":{"registrationId":"r-1","firstName":"Aïcha","lastName":"Martin",
                 "email":"aicha@example.org","organisation":null,"ticketType":"MEMBER","language":"fr",
                 "manageUrl":"http://x/manage/r-1?token=t","manageTokenHash":"hash","checkInCode":"NEC1.r-1.sig"}}""";

        String json = EventJson.toJson(EventEnvelope.wrap(event, AT));
        var read = (RegistrationConfirmed) EventJson.fromJson(older).payload();

        assertThat(json).contains("\"schemaVersion\":3", "\"sealedManageUrl\":\"S1.a.b.c\"",
                "\"sealedCheckInCode\":\"S1.d.e.f\"", "\"manageUrl\":null", "\"checkInCode\":null");
        assertThat(EventJson.fromJson(json).payload()).isEqualTo(event);
        assertThat(read.manageUrl()).isEqualTo("http://x/manage/r-1?token=t");
        assertThat(read.checkInCode()).isEqualTo("NEC1.r-1.sig");
        assertThat(read.sealedManageUrl()).isNull();
        assertThat(read.sealedCheckInCode()).isNull();
    }

    @Test
    void personalFieldsTravelEncryptedAndEventsOfTheSchemaBeforeStillReadWithThemInClear() {
        var key = PersonKey.generate();
        var event = new RegistrationConfirmed("r-1", "Aïcha", "Martin", "aicha@example.org", "Coop des Communs",
                "MEMBER", "fr", null, "hash", null, "S1.a.b.c", "S1.d.e.f");
        String previous = """
                {"eventId":"e-1","type":"RegistrationConfirmed","schemaVersion":2,"occurredAt":"2026-11-28T09:30:00Z",
                 "aggregateId":"r-1","payload":{"registrationId":"r-1","firstName":"Aïcha","lastName":"Martin",
                 "email":"aicha@example.org","organisation":"Coop des Communs","ticketType":"MEMBER",
                 "language":"fr","manageTokenHash":"hash","sealedManageUrl":"S1.a.b.c","sealedCheckInCode":"S1.d.e.f"}}""";

        String json = EventJson.toJson(EventEnvelope.wrap(PersonalFields.seal(event, key), AT));
        var read = EventJson.fromJson(json).payload();

        assertThat(json).contains("\"schemaVersion\":3", "\"personal\":\"P1.", "\"ticketType\":\"MEMBER\"")
                .doesNotContain("Aïcha", "Martin", "aicha@example.org", "Coop des Communs");
        assertThat(PersonalFields.open(read, key)).isEqualTo(event);
        assertThat(EventJson.fromJson(previous).payload()).isEqualTo(event);
        assertThat(PersonalFields.sealed(EventJson.fromJson(previous).payload())).isFalse();
    }

    @Test
    void wireFormatUsesStableNamesAndIsoTimes() {
        var envelope = EventEnvelope.wrap(new NotificationSent("n-1", "REGISTRATION_CONFIRMED", "a@example.org",
                "Inscription confirmée", AT), AT);

        String json = EventJson.toJson(envelope);

        assertThat(json).contains("\"type\":\"NotificationSent\"", "\"schemaVersion\":1",
                "\"occurredAt\":\"2026-11-28T09:30:00Z\"", "\"sentAt\":\"2026-11-28T09:30:00Z\"",
                "\"eventId\":\"" + envelope.eventId() + "\"");
        assertThat(json).as("the address stays with notification-service").doesNotContain("a@example.org");
        assertThat(EventJson.fromJson(json.replace("\"type\":\"REGISTRATION_CONFIRMED\"",
                "\"type\":\"REGISTRATION_CONFIRMED\",\"recipient\":\"a@example.org\"")).payload())
                .as("earlier builds' events still read").isEqualTo(envelope.payload());
    }

    @Test
    void everyWrappedEventGetsItsOwnId() {
        var event = new NotificationSent("n-1", "T", "a@example.org", "s", AT);

        assertThat(EventEnvelope.wrap(event, AT).eventId()).isNotEqualTo(EventEnvelope.wrap(event, AT).eventId());
    }

    @Test
    void unknownTypesFromNewerProducersAreReadAsUnrecognised() {
        String json = """
                {"eventId":"e-1","type":"SomethingNew","schemaVersion":3,"occurredAt":"2026-11-28T09:30:00Z",
                 "aggregateId":"x-1","payload":{"anything":true}}""";

        EventEnvelope read = EventJson.fromJson(json);

        assertThat(read.isRecognised()).isFalse();
        assertThat(read.payload()).isEqualTo(new UnrecognisedEvent("x-1", "SomethingNew"));
    }

    @Test
    void garbageIsMalformed() {
        assertThatThrownBy(() -> EventJson.fromBytes("not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> EventJson.fromJson("{\"type\":\"RegistrationConfirmed\"}"))
                .isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> EventJson.fromBytes(null)).isInstanceOf(MalformedEventException.class);
    }
}
