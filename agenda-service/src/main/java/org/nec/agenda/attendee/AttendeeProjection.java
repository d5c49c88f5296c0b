package org.nec.agenda.attendee;

import java.time.Clock;
import java.util.List;

import org.nec.events.EventEnvelope;
import org.nec.events.registration.ManageLinkReissued;
import org.nec.events.registration.RegistrationCancelled;
import org.nec.events.registration.RegistrationConfirmed;
import org.nec.events.registration.RegistrationErased;
import org.nec.events.registration.RegistrationPromoted;
import org.nec.events.registration.RegistrationUpdated;
import org.nec.events.registration.RegistrationWaitlisted;
import org.nec.platform.readmodel.ReadModels;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import java.util.Optional;

/** Keeps {@link Attendee}s in step with registration events; replaying an event changes nothing. */
@Service
public class AttendeeProjection {

    private final MongoTemplate mongo;
    private final Clock clock;

    AttendeeProjection(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    void apply(EventEnvelope envelope) {
        Update update = toUpdate(envelope.payload());
        if (update != null) {
            ReadModels.upsertIfNewer(mongo, Attendee.class, envelope.aggregateId(), envelope, update);
        }
    }

    private static Update toUpdate(Object event) {
        if (event instanceof RegistrationConfirmed e) {
            return person(e.firstName(), e.lastName(), e.email(), e.organisation(), e.ticketType(), e.language(),
                    e.manageTokenHash()).set("status", "CONFIRMED");
        }
        if (event instanceof RegistrationWaitlisted e) {
            return person(e.firstName(), e.lastName(), e.email(), e.organisation(), e.ticketType(), e.language(),
                    e.manageTokenHash()).set("status", "WAITLISTED");
        }
        if (event instanceof RegistrationPromoted) {
            return new Update().set("status", "CONFIRMED");
        }
        if (event instanceof RegistrationUpdated e) {
            return new Update().set("firstName", e.firstName()).set("lastName", e.lastName())
                    .set("organisation", e.organisation()).set("language", e.language());
        }
        if (event instanceof RegistrationCancelled) {
            return new Update().set("status", "CANCELLED");
        }
        if (event instanceof ManageLinkReissued e) {
            Update update = new Update().set("manageTokenHash", e.manageTokenHash());
            return e.previousManageTokenHash() == null || e.previousValidUntil() == null
                    ? update.unset("previousManageTokenHash").unset("previousValidUntil")
                    : update.set("previousManageTokenHash", e.previousManageTokenHash())
                            .set("previousValidUntil", e.previousValidUntil());
        }
        if (event instanceof RegistrationErased) {
            return new Update().set("status", "ERASED").unset("firstName").unset("lastName").unset("email")
                    .unset("organisation").unset("manageTokenHash").unset("previousManageTokenHash")
                    .unset("previousValidUntil");
        }
        return null;
    }

    private static Update person(String firstName, String lastName, String email, String organisation,
                                 String ticketType, String language, String manageTokenHash) {
        return new Update().set("firstName", firstName).set("lastName", lastName).set("email", email)
                .set("organisation", organisation).set("ticketType", ticketType).set("language", language)
                .set("manageTokenHash", manageTokenHash);
    }

    /** The attendee if confirmed and the token is their manage token; empty otherwise, whatever the reason. */
    public Optional<Attendee> confirmedWithToken(String registrationId, String token) {
        return withToken(registrationId, token, "CONFIRMED");
    }

    private Optional<Attendee> withToken(String registrationId, String token, String... statuses) {
        return Optional.ofNullable(mongo.findById(registrationId, Attendee.class))
                .filter(a -> List.of(statuses).contains(a.status()) && a.accepts(token, clock.instant()));
    }

    /**
     * The attendee if still registered (confirmed or on the waiting list) and the token is their manage token;
     * empty otherwise, whatever the reason.
     */
    public Optional<Attendee> registeredWithToken(String registrationId, String token) {
        return withToken(registrationId, token, "CONFIRMED", "WAITLISTED");
    }

    public List<Attendee> all() {
        return mongo.find(new Query().with(Sort.by("lastName", "firstName")), Attendee.class);
    }
}
