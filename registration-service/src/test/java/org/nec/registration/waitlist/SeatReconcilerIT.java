package org.nec.registration.waitlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.nec.events.Topics;
import org.nec.events.registration.RegistrationConfirmed;
import org.nec.registration.register.Registration;
import org.nec.registration.register.RegistrationStatus;
import org.nec.registration.register.Consent;
import org.nec.registration.register.ManageToken;
import org.nec.registration.register.Sealed;
import org.nec.registration.tickettype.LocalizedText;
import org.nec.registration.tickettype.TicketType;
import org.nec.registration.tickettype.TicketTypes;
import org.nec.testing.EmbeddedInfrastructure;
import org.nec.testing.TopicRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;

/** What a crash between a registration's two writes leaves behind is repaired, and only once. */
@SpringBootTest(properties = {"nec.registration.reconcile.every=300ms", "nec.registration.reconcile.pending-for=1s"})
@EmbeddedInfrastructure
class SeatReconcilerIT {

    @Autowired
    MongoTemplate mongo;

    @Autowired
    TicketTypes ticketTypes;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    private Registration registration(String id, String type, RegistrationStatus status, Instant createdAt) {
        String email = id + "@example.org";
        return new Registration(id, "Noé", "Bernard", email, status.isActive() || status == RegistrationStatus.PENDING
                ? email : null, null, type, "fr", Map.of(), new Consent("2026-1", createdAt), status,
                ManageToken.hash("lost"), null, createdAt, null, null, null, List.of(), null, null);
    }

    @Test
    void aRegistrationLeftPendingIsSeatedWithANewManageLink() {
        String type = "CRASH-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        ticketTypes.create(type, new LocalizedText("Test", "Test"), 5);
        String id = UUID.randomUUID().toString();
        mongo.insert(registration(id, type, RegistrationStatus.PENDING, Instant.now().minusSeconds(60)));

        await().atMost(Duration.ofSeconds(15)).until(() ->
                mongo.findById(id, Registration.class).status() == RegistrationStatus.CONFIRMED);

        assertThat(ticketTypes.find(type).orElseThrow().holders()).containsExactly(id);
        assertThat(mongo.findById(id, Registration.class).manageTokenHash()).isNotEqualTo(ManageToken.hash("lost"));
        try (var records = new TopicRecords(bootstrapServers, Topics.REGISTRATION)) {
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(records.events())
                    .filteredOn(e -> e.aggregateId().equals(id)).singleElement()
                    .satisfies(e -> assertThat(Sealed.manageUrl(id, ((RegistrationConfirmed) e.payload())
                            .sealedManageUrl())).contains("/manage/" + id + "?token=")));
        }
    }

    @Test
    void aSeatStillHeldByACancelledRegistrationGoesToTheFirstInLine() {
        String type = "CRASH-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        ticketTypes.create(type, new LocalizedText("Test", "Test"), 1);
        String cancelled = UUID.randomUUID().toString();
        String waiting = UUID.randomUUID().toString();
        mongo.insert(registration(cancelled, type, RegistrationStatus.CANCELLED, Instant.now()));
        mongo.insert(registration(waiting, type, RegistrationStatus.WAITLISTED, Instant.now()));
        // the state a crash right after cancelling, before releasing the seat, leaves
        mongo.updateFirst(org.springframework.data.mongodb.core.query.Query.query(
                        org.springframework.data.mongodb.core.query.Criteria.where("_id").is(type)),
                new org.springframework.data.mongodb.core.query.Update().set("available", 0)
                        .set("holders", List.of(cancelled)).set("waitlist", List.of(waiting)), TicketType.class);

        await().atMost(Duration.ofSeconds(15)).until(() ->
                mongo.findById(waiting, Registration.class).status() == RegistrationStatus.CONFIRMED);

        TicketType now = ticketTypes.find(type).orElseThrow();
        assertThat(now.holders()).containsExactly(waiting);
        assertThat(now.waitlist()).isEmpty();
        assertThat(now.available()).isZero();
    }
}
