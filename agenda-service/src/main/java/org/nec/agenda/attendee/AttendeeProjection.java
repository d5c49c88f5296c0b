package org.nec.agenda.attendee;

import java.util.List;

import org.nec.events.EventEnvelope;
import org.nec.events.registration.RegistrationConfirmed;
import org.nec.platform.readmodel.ReadModels;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/** Keeps {@link Attendee}s in step with registration events; replaying an event changes nothing. */
@Service
public class AttendeeProjection {

    private final MongoTemplate mongo;

    AttendeeProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    void apply(EventEnvelope envelope) {
        if (envelope.payload() instanceof RegistrationConfirmed confirmed) {
            ReadModels.upsertIfNewer(mongo, Attendee.class, confirmed.registrationId(), envelope, new Update()
                    .set("firstName", confirmed.firstName())
                    .set("lastName", confirmed.lastName())
                    .set("email", confirmed.email())
                    .set("organisation", confirmed.organisation())
                    .set("ticketType", confirmed.ticketType())
                    .set("language", confirmed.language())
                    .set("status", "CONFIRMED")
                    .set("manageTokenHash", confirmed.manageTokenHash()));
        }
    }

    public List<Attendee> all() {
        return mongo.find(new Query().with(Sort.by("lastName", "firstName")), Attendee.class);
    }
}
