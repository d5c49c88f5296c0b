package org.nec.agenda.attendee;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

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
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/** Keeps {@link Attendee}s in step with registration events; replaying an event changes nothing. */
@Service
public class AttendeeProjection {

    private static final String FIRST_NAME = "firstName";
    private static final String LAST_NAME = "lastName";
    private static final String EMAIL = "email";
    private static final String ORGANISATION = "organisation";
    private static final String TICKET_TYPE = "ticketType";
    private static final String LANGUAGE = "language";
    private static final String STATUS = "status";
    private static final String MANAGE_TOKEN_HASH = "manageTokenHash";
    private static final String PREVIOUS_MANAGE_TOKEN_HASH = "previousManageTokenHash";
    private static final String PREVIOUS_VALID_UNTIL = "previousValidUntil";

    private final AttendeeRepository attendees;
    private final MongoTemplate mongo;
    private final Clock clock;

    AttendeeProjection(AttendeeRepository attendees, MongoTemplate mongo, Clock clock) {
        this.attendees = attendees;
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
                    e.manageTokenHash()).set(STATUS, Attendee.Status.CONFIRMED.name());
        }
        if (event instanceof RegistrationWaitlisted e) {
            return person(e.firstName(), e.lastName(), e.email(), e.organisation(), e.ticketType(), e.language(),
                    e.manageTokenHash()).set(STATUS, Attendee.Status.WAITLISTED.name());
        }
        if (event instanceof RegistrationPromoted) {
            return new Update().set(STATUS, Attendee.Status.CONFIRMED.name());
        }
        if (event instanceof RegistrationUpdated e) {
            return new Update().set(FIRST_NAME, e.firstName()).set(LAST_NAME, e.lastName())
                    .set(ORGANISATION, e.organisation()).set(LANGUAGE, e.language());
        }
        if (event instanceof RegistrationCancelled) {
            return new Update().set(STATUS, Attendee.Status.CANCELLED.name());
        }
        if (event instanceof ManageLinkReissued e) {
            Update update = new Update().set(MANAGE_TOKEN_HASH, e.manageTokenHash());
            return e.previousManageTokenHash() == null || e.previousValidUntil() == null
                    ? update.unset(PREVIOUS_MANAGE_TOKEN_HASH).unset(PREVIOUS_VALID_UNTIL)
                    : update.set(PREVIOUS_MANAGE_TOKEN_HASH, e.previousManageTokenHash())
                            .set(PREVIOUS_VALID_UNTIL, e.previousValidUntil());
        }
        if (event instanceof RegistrationErased) {
            return new Update().set(STATUS, Attendee.Status.ERASED.name()).unset(FIRST_NAME).unset(LAST_NAME)
                    .unset(EMAIL).unset(ORGANISATION).unset(MANAGE_TOKEN_HASH)
                    .unset(PREVIOUS_MANAGE_TOKEN_HASH).unset(PREVIOUS_VALID_UNTIL);
        }
        return null;
    }

    private static Update person(String firstName, String lastName, String email, String organisation,
                                 String ticketType, String language, String manageTokenHash) {
        return new Update().set(FIRST_NAME, firstName).set(LAST_NAME, lastName).set(EMAIL, email)
                .set(ORGANISATION, organisation).set(TICKET_TYPE, ticketType).set(LANGUAGE, language)
                .set(MANAGE_TOKEN_HASH, manageTokenHash);
    }

    /** The attendee if confirmed and the token is their manage token; empty otherwise, whatever the reason. */
    public Optional<Attendee> confirmedWithToken(String registrationId, String token) {
        return withToken(registrationId, token, Attendee.Status.CONFIRMED);
    }

    /** Whether the registration is confirmed now, as far as agenda-service has heard. */
    public boolean confirmed(String registrationId) {
        return attendees.findById(registrationId).filter(a -> a.is(Attendee.Status.CONFIRMED)).isPresent();
    }

    private Optional<Attendee> withToken(String registrationId, String token, Attendee.Status... statuses) {
        return attendees.findById(registrationId)
                .filter(a -> Arrays.stream(statuses).anyMatch(a::is) && a.accepts(token, clock.instant()));
    }

    /**
     * The attendee if still registered (confirmed or on the waiting list) and the token is their manage token;
     * empty otherwise, whatever the reason.
     */
    public Optional<Attendee> registeredWithToken(String registrationId, String token) {
        return withToken(registrationId, token, Attendee.Status.CONFIRMED, Attendee.Status.WAITLISTED);
    }

    public List<Attendee> all() {
        return attendees.findAll(Sort.by(LAST_NAME, FIRST_NAME));
    }
}
