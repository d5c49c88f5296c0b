package org.nec.registration.gdpr;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.nec.events.Topics;
import org.nec.events.registration.RegistrationErased;
import org.nec.platform.outbox.OutboxMessage;
import org.nec.platform.outbox.OutboxRelay;
import org.nec.registration.registration.PersonKeyring;
import org.nec.registration.registration.Registration;
import org.nec.registration.registration.RegistrationStatus;
import org.nec.registration.registration.Seating;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Erasure (GDPR art. 17): the personal data of a registration is removed in place, what remains is anonymous
 * (ticket type, dates, status) and still counts in the statistics. The event tells every other service to erase
 * its copy. The person's key is deleted, here and on its topic, so that their events still on the topics can no
 * longer be read. A held seat is released first.
 */
@Service
public class Erasures {

    private final MongoTemplate mongo;
    private final Seating seating;
    private final OutboxRelay relay;
    private final PersonKeyring keys;
    private final Clock clock;

    Erasures(MongoTemplate mongo, Seating seating, OutboxRelay relay, PersonKeyring keys, Clock clock) {
        this.keys = keys;
        this.mongo = mongo;
        this.seating = seating;
        this.relay = relay;
        this.clock = clock;
    }

    /** @return whether something was erased (false if it already was) */
    public boolean erase(String registrationId) {
        Instant now = clock.instant();
        Registration before = mongo.findAndModify(query(where("_id").is(registrationId)
                        .and("status").ne(RegistrationStatus.ERASED)),
                new Update().set("status", RegistrationStatus.ERASED).set("erasedAt", now)
                        .unset("firstName").unset("lastName").unset("email").unset("activeEmail")
                        .unset("organisation").set("answers", java.util.Map.of()).unset("manageTokenHash")
                        .unset("pendingTokenHash").unset("pendingIssuedAt")
                        .unset("idempotencyKey")
                        .push(OutboxRelay.FIELD).each(OutboxMessage.of(Topics.REGISTRATION,
                                new RegistrationErased(registrationId), now), keys.tombstone(registrationId, now)),
                Registration.class);
        // the person's events on the topics become ciphertext nobody can read
        keys.forget(registrationId);
        if (before == null) {
            return false;
        }
        relay.wake(Registration.class, registrationId);
        if (before.status() == RegistrationStatus.CONFIRMED || before.status() == RegistrationStatus.WAITLISTED) {
            seating.release(before);
        }
        return true;
    }

    /** Erases every registration not erased yet; returns how many. */
    public int eraseAll(int limit) {
        List<Registration> remaining = mongo.find(query(where("status").ne(RegistrationStatus.ERASED)).limit(limit),
                Registration.class);
        return (int) remaining.stream().filter(r -> erase(r.id())).count();
    }
}
