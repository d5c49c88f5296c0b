package org.nec.registration.register;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.List;
import java.util.Map;

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
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The registration aggregate's transitions: the field names of its document, the condition under which each move
 * applies, and the event each move publishes with it. Nothing here reads or writes the store
 * ({@link RegistrationStore} applies a {@link Transition}), so the rules are tested without one.
 */
@Component
public class RegistrationLifecycle {

    public static final String ID = "_id";
    public static final String FIRST_NAME = "firstName";
    public static final String LAST_NAME = "lastName";
    public static final String EMAIL = "email";
    public static final String ACTIVE_EMAIL = "activeEmail";
    public static final String ORGANISATION = "organisation";
    public static final String TICKET_TYPE = "ticketType";
    public static final String LANGUAGE = "language";
    public static final String ANSWERS = "answers";
    public static final String STATUS = "status";
    public static final String MANAGE_TOKEN_HASH = "manageTokenHash";
    public static final String PENDING_TOKEN_HASH = "pendingTokenHash";
    public static final String PENDING_ISSUED_AT = "pendingIssuedAt";
    public static final String IDEMPOTENCY_KEY = "idempotencyKey";
    public static final String CREATED_AT = "createdAt";
    public static final String CHECKED_IN_AT = "checkedInAt";
    public static final String CANCELLED_AT = "cancelledAt";
    public static final String ERASED_AT = "erasedAt";

    static final List<RegistrationStatus> ACTIVE = List.of(RegistrationStatus.CONFIRMED,
            RegistrationStatus.WAITLISTED);

    /**
     * How events leave with a change: with their personal fields encrypted under the person's key, which leaves
     * with them ({@link PersonKeyring}); at erasure, a tombstone takes that key off its topic.
     */
    public interface Sealing {

        OutboxMessage[] messages(DomainEvent event, Instant now);

        OutboxMessage tombstone(String registrationId, Instant now);
    }

    private final Sealing sealing;

    public RegistrationLifecycle(Sealing sealing) {
        this.sealing = sealing;
    }

    /**
     * A PENDING registration took a seat (CONFIRMED) or a place in line (WAITLISTED). The link and the code are
     * sealed already ({@link SealedLinks}): nothing here holds them in clear.
     */
    public Transition settle(Registration r, Seat seat, String sealedManageUrl, String sealedCheckInCode,
                             Instant now) {
        DomainEvent event = seat.held()
                ? new RegistrationConfirmed(r.id(), r.firstName(), r.lastName(), r.email(), r.organisation(),
                        r.ticketType(), r.language(), null, r.manageTokenHash(), null, sealedManageUrl,
                        sealedCheckInCode)
                : new RegistrationWaitlisted(r.id(), r.firstName(), r.lastName(), r.email(), r.organisation(),
                        r.ticketType(), r.language(), null, r.manageTokenHash(), seat.position(), sealedManageUrl);
        return personal(r.id(), inStatus(r.id(), RegistrationStatus.PENDING),
                new Update().set(STATUS, seat.held() ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITLISTED),
                event, now);
    }

    /** A waiting registration was given a seat: it becomes CONFIRMED, once. */
    public Transition promote(Registration r, String sealedCheckInCode, Instant now) {
        return personal(r.id(), inStatus(r.id(), RegistrationStatus.WAITLISTED),
                new Update().set(STATUS, RegistrationStatus.CONFIRMED),
                new RegistrationPromoted(r.id(), r.firstName(), r.email(), r.ticketType(), r.language(), null,
                        sealedCheckInCode), now);
    }

    /** The attendee's own details, as {@code changed} holds them; only while the registration is active. */
    public Transition update(Registration changed, Instant now) {
        return personal(changed.id(), active(changed.id()), new Update().set(FIRST_NAME, changed.firstName())
                        .set(LAST_NAME, changed.lastName()).set(ORGANISATION, changed.organisation())
                        .set(LANGUAGE, changed.language()).set(ANSWERS, changed.answers()),
                new RegistrationUpdated(changed.id(), changed.firstName(), changed.lastName(), changed.email(),
                        changed.organisation(), changed.language()), now);
    }

    /** An active registration is cancelled; its address is free for a new registration. */
    public Transition cancel(Registration r, Instant now) {
        return personal(r.id(), active(r.id()), new Update().set(STATUS, RegistrationStatus.CANCELLED)
                        .set(CANCELLED_AT, now).unset(ACTIVE_EMAIL),
                new RegistrationCancelled(r.id(), r.firstName(), r.email(), r.ticketType(), r.language()), now);
    }

    /** A CONFIRMED registration checks in at the venue, once. The event carries no personal field. */
    public Transition checkIn(String id, Instant now) {
        var event = new RegistrationCheckedIn(id, now);
        return new Transition(id, query(where(ID).is(id).and(STATUS).is(RegistrationStatus.CONFIRMED)
                .and(CHECKED_IN_AT).is(null)), new Update().set(CHECKED_IN_AT, now)
                .push(OutboxRelay.FIELD, OutboxMessage.of(Topics.REGISTRATION, event, now)), event);
    }

    /**
     * Erasure: the personal data goes, in place; what remains is anonymous (ticket type, dates, status). The
     * event tells every other service to erase its copy, and the tombstone takes the person's key off its topic.
     */
    public Transition erase(String id, Instant now) {
        var event = new RegistrationErased(id);
        return new Transition(id, query(where(ID).is(id).and(STATUS).ne(RegistrationStatus.ERASED)),
                new Update().set(STATUS, RegistrationStatus.ERASED).set(ERASED_AT, now)
                        .unset(FIRST_NAME).unset(LAST_NAME).unset(EMAIL).unset(ACTIVE_EMAIL)
                        .unset(ORGANISATION).set(ANSWERS, Map.of()).unset(MANAGE_TOKEN_HASH)
                        .unset(PENDING_TOKEN_HASH).unset(PENDING_ISSUED_AT).unset(IDEMPOTENCY_KEY)
                        .push(OutboxRelay.FIELD).each(OutboxMessage.of(Topics.REGISTRATION, event, now),
                                sealing.tombstone(id, now)), event);
    }

    /**
     * "Resend my link": {@code newHash} is the new link's, {@code surviving} the link kept beside it until
     * {@code survivingUntil}. Conditional on the hashes read, so that a concurrent resend or first use is not
     * overwritten.
     */
    public Transition reissueLink(Registration active, String surviving, String newHash, String sealedManageUrl,
                                  Instant survivingUntil, Instant now) {
        var event = new ManageLinkReissued(active.id(), active.firstName(), active.email(), active.language(),
                null, newHash, surviving, survivingUntil, sealedManageUrl);
        return personal(active.id(), query(where(ID).is(active.id()).and(ACTIVE_EMAIL).is(active.activeEmail())
                        .and(MANAGE_TOKEN_HASH).is(active.manageTokenHash())
                        .and(PENDING_TOKEN_HASH).is(active.pendingTokenHash())),
                new Update().set(MANAGE_TOKEN_HASH, surviving).set(PENDING_TOKEN_HASH, newHash)
                        .set(PENDING_ISSUED_AT, now), event, now);
    }

    /** The new link was presented for the first time: it becomes the only one. */
    public Transition adoptPendingLink(Registration r) {
        return new Transition(r.id(), query(where(ID).is(r.id()).and(PENDING_TOKEN_HASH).is(r.pendingTokenHash())),
                new Update().set(MANAGE_TOKEN_HASH, r.pendingTokenHash()).unset(PENDING_TOKEN_HASH)
                        .unset(PENDING_ISSUED_AT), null);
    }

    /** A registration left PENDING gets a new link, since the first one never left the server. */
    public Transition replaceLostLink(Registration pending, String newHash) {
        return new Transition(pending.id(), query(where(ID).is(pending.id()).and(STATUS)
                .is(RegistrationStatus.PENDING).and(MANAGE_TOKEN_HASH).is(pending.manageTokenHash())),
                new Update().set(MANAGE_TOKEN_HASH, newHash), null);
    }

    private Transition personal(String id, Query condition, Update change, DomainEvent event, Instant now) {
        change.push(OutboxRelay.FIELD).each((Object[]) sealing.messages(event, now));
        return new Transition(id, condition, change, event);
    }

    private static Query inStatus(String id, RegistrationStatus status) {
        return query(where(ID).is(id).and(STATUS).is(status));
    }

    private static Query active(String id) {
        return query(where(ID).is(id).and(STATUS).in(ACTIVE));
    }
}
