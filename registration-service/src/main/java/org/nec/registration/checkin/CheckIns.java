package org.nec.registration.checkin;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Instant;

import org.nec.events.Topics;
import org.nec.events.registration.RegistrationCheckedIn;
import org.nec.platform.outbox.OutboxMessage;
import org.nec.platform.outbox.OutboxRelay;
import org.nec.platform.web.Problems;
import org.nec.registration.registration.Registration;
import org.nec.registration.registration.RegistrationStatus;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/** Checking attendees in at the venue: once, and only with a confirmed seat. */
@Service
public class CheckIns {

    private final MongoTemplate mongo;
    private final OutboxRelay relay;
    private final Clock clock;

    CheckIns(MongoTemplate mongo, OutboxRelay relay, Clock clock) {
        this.mongo = mongo;
        this.relay = relay;
        this.clock = clock;
    }

    public Instant checkIn(String registrationId) {
        Instant now = clock.instant();
        var result = mongo.updateFirst(query(where("_id").is(registrationId)
                        .and("status").is(RegistrationStatus.CONFIRMED).and("checkedInAt").is(null)),
                new Update().set("checkedInAt", now).push(OutboxRelay.FIELD,
                        OutboxMessage.of(Topics.REGISTRATION, new RegistrationCheckedIn(registrationId, now), now)),
                Registration.class);
        if (result.getModifiedCount() == 1) {
            relay.wake(Registration.class, registrationId);
            return now;
        }
        Registration registration = mongo.findById(registrationId, Registration.class);
        if (registration == null) {
            throw Problems.notFound("No registration " + registrationId + ".");
        }
        if (registration.checkedInAt() != null) {
            throw Problems.conflict("Already checked in at " + registration.checkedInAt() + ".");
        }
        throw Problems.conflict("Only a confirmed registration can check in; this one is "
                + registration.status() + ".");
    }
}
