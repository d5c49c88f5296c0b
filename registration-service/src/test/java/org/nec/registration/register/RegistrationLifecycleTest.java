package org.nec.registration.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.nec.events.DomainEvent;
import org.nec.events.Topics;
import org.nec.events.registration.ManageLinkReissued;
import org.nec.events.registration.RegistrationCancelled;
import org.nec.events.registration.RegistrationCheckedIn;
import org.nec.events.registration.RegistrationConfirmed;
import org.nec.events.registration.RegistrationErased;
import org.nec.events.registration.RegistrationPromoted;
import org.nec.events.registration.RegistrationUpdated;
import org.nec.events.registration.RegistrationWaitlisted;
import org.nec.platform.outbox.OutboxMessage;
import org.nec.platform.outbox.OutboxRelay;
import org.nec.waitinglist.Seat;
import org.springframework.data.mongodb.core.query.Update;

/** Each transition's condition, change and event, read from the update it would write. */
class RegistrationLifecycleTest {

    private static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");

    private final List<DomainEvent> sealed = new ArrayList<>();
    private final RegistrationLifecycle lifecycle = new RegistrationLifecycle(new RegistrationLifecycle.Sealing() {
        @Override
        public OutboxMessage[] messages(DomainEvent event, Instant now) {
            sealed.add(event);
            return new OutboxMessage[] {OutboxMessage.of(Topics.REGISTRATION, event, now)};
        }

        @Override
        public OutboxMessage tombstone(String registrationId, Instant now) {
            return OutboxMessage.tombstone(Topics.PERSON_KEYS, registrationId, now);
        }
    });

    private static Registration registration(RegistrationStatus status) {
        return new Registration("r1", "Aïcha", "Martin", "Aicha@Example.org", "aicha@example.org", "Coop",
                "MEMBER", "fr", Map.of(), new Consent("2026-1", NOW), status, "hash", null, NOW, null, null, null,
                List.of(), null, null);
    }

    @Test
    void settlingWithASeatConfirmsAPendingRegistrationWithItsLinkAndCode() {
        Transition t = lifecycle.settle(registration(RegistrationStatus.PENDING), Seat.heldSeat(), "url", "code",
                NOW);

        assertThat(condition(t)).containsEntry("_id", "r1").containsEntry("status", RegistrationStatus.PENDING);
        assertThat(set(t)).containsEntry("status", RegistrationStatus.CONFIRMED);
        assertThat(t.event()).isInstanceOfSatisfying(RegistrationConfirmed.class, e -> {
            assertThat(e.sealedManageUrl()).isEqualTo("url");
            assertThat(e.sealedCheckInCode()).isEqualTo("code");
        });
        assertThat(pushed(t)).singleElement().extracting(OutboxMessage::key).isEqualTo("r1");
        assertThat(sealed).containsExactly(t.event());
    }

    @Test
    void settlingWithoutASeatWaitlistsAtThePlaceInLine() {
        Transition t = lifecycle.settle(registration(RegistrationStatus.PENDING), Seat.waiting(3), "url", "code",
                NOW);

        assertThat(set(t)).containsEntry("status", RegistrationStatus.WAITLISTED);
        assertThat(t.event()).isInstanceOfSatisfying(RegistrationWaitlisted.class,
                e -> assertThat(e.position()).isEqualTo(3));
    }

    @Test
    void promotingConfirmsOnlyAWaitingRegistration() {
        Transition t = lifecycle.promote(registration(RegistrationStatus.WAITLISTED), "code", NOW);

        assertThat(condition(t)).containsEntry("status", RegistrationStatus.WAITLISTED);
        assertThat(set(t)).containsEntry("status", RegistrationStatus.CONFIRMED);
        assertThat(t.event()).isInstanceOf(RegistrationPromoted.class);
    }

    @Test
    void updatingChangesTheAttendeesDetailsOfAnActiveRegistration() {
        Transition t = lifecycle.update(registration(RegistrationStatus.CONFIRMED), NOW);

        assertThat(condition(t).get("status", Document.class).getList("$in", RegistrationStatus.class))
                .containsExactly(RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED);
        assertThat(set(t)).containsOnlyKeys("firstName", "lastName", "organisation", "language", "answers");
        assertThat(t.event()).isInstanceOf(RegistrationUpdated.class);
    }

    @Test
    void cancellingFreesTheAddressAndSaysSo() {
        Transition t = lifecycle.cancel(registration(RegistrationStatus.WAITLISTED), NOW);

        assertThat(condition(t).get("status", Document.class)).containsKey("$in");
        assertThat(set(t)).containsEntry("status", RegistrationStatus.CANCELLED).containsEntry("cancelledAt", NOW);
        assertThat(update(t).get("$unset", Document.class)).containsOnlyKeys("activeEmail");
        assertThat(t.event()).isInstanceOf(RegistrationCancelled.class);
    }

    @Test
    void checkingInNeedsAConfirmedSeatNotCheckedInYetAndCarriesNoPersonalField() {
        Transition t = lifecycle.checkIn("r1", NOW);

        assertThat(condition(t)).containsEntry("status", RegistrationStatus.CONFIRMED)
                .containsEntry("checkedInAt", null);
        assertThat(set(t)).containsEntry("checkedInAt", NOW);
        assertThat(t.event()).isEqualTo(new RegistrationCheckedIn("r1", NOW));
        assertThat(update(t).get("$push", Document.class).get(OutboxRelay.FIELD)).isInstanceOf(OutboxMessage.class);
        assertThat(sealed).isEmpty();
    }

    @Test
    void erasingRemovesThePersonalDataOnceAndTakesTheKeyOffItsTopic() {
        Transition t = lifecycle.erase("r1", NOW);

        assertThat(condition(t).get("status", Document.class)).containsEntry("$ne", RegistrationStatus.ERASED);
        assertThat(set(t)).containsEntry("status", RegistrationStatus.ERASED).containsEntry("answers", Map.of());
        assertThat(update(t).get("$unset", Document.class)).containsOnlyKeys("firstName", "lastName", "email",
                "activeEmail", "organisation", "manageTokenHash", "pendingTokenHash", "pendingIssuedAt",
                "idempotencyKey");
        assertThat(t.event()).isEqualTo(new RegistrationErased("r1"));
        assertThat(pushed(t)).extracting(OutboxMessage::topic).containsExactly(Topics.REGISTRATION,
                Topics.PERSON_KEYS);
        assertThat(sealed).isEmpty();
    }

    @Test
    void reissuingALinkIsConditionalOnTheHashesRead() {
        Transition t = lifecycle.reissueLink(registration(RegistrationStatus.CONFIRMED), "hash", "new", "url",
                NOW.plusSeconds(60), NOW);

        assertThat(condition(t)).containsEntry("activeEmail", "aicha@example.org")
                .containsEntry("manageTokenHash", "hash").containsEntry("pendingTokenHash", null);
        assertThat(set(t)).containsEntry("pendingTokenHash", "new").containsEntry("pendingIssuedAt", NOW);
        assertThat(t.event()).isInstanceOf(ManageLinkReissued.class);
    }

    @Test
    void linkChangesWithoutNewsPublishNothing() {
        assertThat(lifecycle.adoptPendingLink(registration(RegistrationStatus.CONFIRMED)).event()).isNull();
        Transition lost = lifecycle.replaceLostLink(registration(RegistrationStatus.PENDING), "new");
        assertThat(lost.event()).isNull();
        assertThat(condition(lost)).containsEntry("status", RegistrationStatus.PENDING)
                .containsEntry("manageTokenHash", "hash");
        assertThat(update(lost)).doesNotContainKey("$push");
    }

    private static Document condition(Transition t) {
        return t.condition().getQueryObject();
    }

    private static Document update(Transition t) {
        return t.change().getUpdateObject();
    }

    private static Document set(Transition t) {
        return update(t).get("$set", Document.class);
    }

    private static List<OutboxMessage> pushed(Transition t) {
        Object push = update(t).get("$push", Document.class).get(OutboxRelay.FIELD);
        List<OutboxMessage> messages = new ArrayList<>();
        if (push instanceof Update.Modifiers modifiers) {
            for (Update.Modifier modifier : modifiers.getModifiers()) {
                Object values = modifier.getValue();
                for (Object message : values instanceof Object[] array ? List.of(array) : (List<?>) values) {
                    messages.add((OutboxMessage) message);
                }
            }
        }
        return messages;
    }
}
