package org.nec.registration.registration;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;

import org.nec.events.registration.ManageLinkReissued;
import org.nec.platform.outbox.OutboxRelay;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * "I lost my link": a new manage link replaces the old one and is sent to the address of the registration. The
 * caller learns nothing about whether the address is registered.
 */
@Service
public class ManageLinks {

    private final MongoTemplate mongo;
    private final OutboxRelay relay;
    private final RegistrationProperties properties;
    private final Clock clock;

    ManageLinks(MongoTemplate mongo, OutboxRelay relay, RegistrationProperties properties, Clock clock) {
        this.mongo = mongo;
        this.relay = relay;
        this.properties = properties;
        this.clock = clock;
    }

    public void resend(String email) {
        if (email == null || email.isBlank()) {
            return;
        }
        Registration active = mongo.findOne(query(where("activeEmail").is(Registration.normaliseEmail(email))),
                Registration.class);
        if (active == null) {
            return;
        }
        String token = ManageToken.generate();
        String hash = ManageToken.hash(token);
        var event = new ManageLinkReissued(active.id(), active.firstName(), active.email(), active.language(),
                properties.manageUrl(active.id(), token), hash);
        var changed = mongo.updateFirst(query(where("_id").is(active.id()).and("activeEmail").is(active.activeEmail())),
                new Update().set("manageTokenHash", hash)
                        .push(OutboxRelay.FIELD, RegistrationEvents.message(event, clock.instant())), Registration.class);
        if (changed.getModifiedCount() == 1) {
            relay.wake();
        }
    }
}
