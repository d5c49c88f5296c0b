package org.nec.registration.registration;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.nec.platform.outbox.OutboxRelay;
import org.nec.platform.web.FieldProblem;
import org.nec.platform.web.Problems;
import org.nec.registration.question.Questions;
import org.nec.waitinglist.Seat;
import org.nec.registration.tickettype.TicketType;
import org.nec.registration.tickettype.TicketTypes;
import org.nec.registration.voucher.Vouchers;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/** Registering, and what an attendee does with their registration through their manage link. */
@Service
public class Registrations {

    private static final List<RegistrationStatus> ACTIVE = List.of(RegistrationStatus.CONFIRMED,
            RegistrationStatus.WAITLISTED);

    private final MongoTemplate mongo;
    private final TicketTypes ticketTypes;
    private final Seating seating;
    private final Questions questions;
    private final ManageLinks links;
    private final Vouchers vouchers;
    private final OutboxRelay relay;
    private final RegistrationProperties properties;
    private final PersonKeyring keys;
    private final Clock clock;

    Registrations(MongoTemplate mongo, TicketTypes ticketTypes, Seating seating, Questions questions,
                  ManageLinks links, Vouchers vouchers, OutboxRelay relay, RegistrationProperties properties,
                  PersonKeyring keys, Clock clock) {
        this.keys = keys;
        this.vouchers = vouchers;
        this.questions = questions;
        this.links = links;
        this.mongo = mongo;
        this.ticketTypes = ticketTypes;
        this.seating = seating;
        this.relay = relay;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Registers a new attendee: CONFIRMED while seats are left, else WAITLISTED. 409 if the address already holds
     * an active registration; a retry with the same idempotency key answers the first registration.
     */
    public RegistrationCreated register(RegistrationRequest request, String idempotencyKey) {
        List<FieldProblem> problems = new java.util.ArrayList<>(questions.check(request.answers()));
        Optional<TicketType> type = ticketTypes.find(request.ticketType());
        if (type.isEmpty()) {
            problems.add(new FieldProblem("ticketType", "is not a ticket type of this event"));
        }
        boolean byInvitation = type.map(TicketType::isRestricted).orElse(false);
        if (byInvitation && request.voucher() == null) {
            problems.add(Vouchers.MISSING);
        }
        if (!problems.isEmpty()) {
            throw Problems.invalid(problems);
        }
        Instant now = clock.instant();
        String id = UUID.randomUUID().toString();
        // the code is used last, once everything else is known to be right, and given back if the write fails
        if (byInvitation && !vouchers.use(request.voucher(), request.ticketType(), id)) {
            // a form sent twice has used its code already: it answers its first registration
            return replay(idempotencyKey, request).orElseThrow(() -> Problems.invalid(List.of(Vouchers.INVALID)));
        }
        String token = ManageToken.generate();
        var pending = new Registration(id, request.firstName(), request.lastName(), request.email(),
                Registration.normaliseEmail(request.email()), request.organisation(), request.ticketType(),
                request.language(), request.answers() == null ? Map.of() : request.answers(),
                new Consent(properties.privacyPolicyVersion(), now), RegistrationStatus.PENDING,
                ManageToken.hash(token), idempotencyKey, now, null, null, null, List.of(), null, null);
        boolean stored = false;
        try {
            mongo.insert(pending);
            stored = true;
        } catch (DuplicateKeyException e) {
            return replay(idempotencyKey, request).orElseThrow(() -> Problems.conflict("This e-mail address "
                    + "already holds a registration. Use the link in your confirmation e-mail to manage it."));
        } finally {
            if (!stored && byInvitation) {
                vouchers.giveBack(id);
            }
        }
        String manageUrl = properties.manageUrl(id, token);
        Seat seat = seating.seat(pending, manageUrl);
        return new RegistrationCreated(id, seat.held() ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITLISTED,
                seat.held() ? null : seat.position(), manageUrl, false);
    }

    private Optional<RegistrationCreated> replay(String idempotencyKey, RegistrationRequest request) {
        if (idempotencyKey == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(mongo.findOne(query(where("idempotencyKey").is(idempotencyKey)),
                        Registration.class))
                .map(first -> {
                    if (!Registration.normaliseEmail(request.email()).equals(Registration.normaliseEmail(first.email()))) {
                        throw Problems.conflict("This Idempotency-Key was used for another registration.");
                    }
                    int position = waitlistPosition(first);
                    return new RegistrationCreated(first.id(), first.status(), position > 0 ? position : null, null,
                            true);
                });
    }

    /**
     * The registration if the token is one of its working manage links; empty for a wrong token exactly as for an
     * unknown id.
     */
    public Optional<Registration> findWithToken(String id, String token) {
        return Optional.ofNullable(mongo.findById(id, Registration.class))
                .filter(r -> r.status() != RegistrationStatus.ERASED)
                .filter(r -> links.accepts(r, token));
    }

    public boolean exists(String id) {
        return mongo.exists(query(where("_id").is(id)), Registration.class);
    }

    public int waitlistPosition(Registration registration) {
        return registration.status() == RegistrationStatus.WAITLISTED
                ? ticketTypes.seatOf(registration.ticketType(), registration.id()).position() : 0;
    }

    public RegistrationView view(Registration registration) {
        return RegistrationView.of(registration, waitlistPosition(registration));
    }

    /** Changes the details the attendee may change and tells the other services, in one write. */
    public Registration update(Registration r, RegistrationChange change) {
        if (change.answers() != null) {
            List<FieldProblem> problems = questions.check(change.answers());
            if (!problems.isEmpty()) {
                throw Problems.invalid(problems);
            }
        }
        Registration changed = new Registration(r.id(), or(change.firstName(), r.firstName()),
                or(change.lastName(), r.lastName()), r.email(), r.activeEmail(),
                or(change.organisation(), r.organisation()), r.ticketType(), or(change.language(), r.language()),
                or(change.answers(), r.answers()), r.consent(), r.status(), r.manageTokenHash(), r.idempotencyKey(),
                r.createdAt(), r.checkedInAt(), r.cancelledAt(), r.erasedAt(), r.pendingEvents(), r.pendingTokenHash(),
                r.pendingIssuedAt());
        var result = mongo.updateFirst(query(where("_id").is(r.id()).and("status").in(ACTIVE)), new Update()
                .set("firstName", changed.firstName()).set("lastName", changed.lastName())
                .set("organisation", changed.organisation()).set("language", changed.language())
                .set("answers", changed.answers())
                .push(OutboxRelay.FIELD).each(RegistrationEvents.updated(keys, changed, clock.instant())),
                Registration.class);
        if (result.getMatchedCount() == 0) {
            throw Problems.conflict("This registration is cancelled and can no longer be changed.");
        }
        relay.wake(Registration.class, r.id());
        return changed;
    }

    private static <T> T or(T value, T otherwise) {
        return value != null ? value : otherwise;
    }

    /** Cancels; a held seat goes to the first in line. Cancelling twice changes nothing more. */
    public void cancel(Registration registration) {
        Instant now = clock.instant();
        Registration before = mongo.findAndModify(query(where("_id").is(registration.id()).and("status").in(ACTIVE)),
                new Update().set("status", RegistrationStatus.CANCELLED).set("cancelledAt", now).unset("activeEmail")
                        .push(OutboxRelay.FIELD).each(RegistrationEvents.cancelled(keys, registration, now)),
                Registration.class);
        if (before != null) {
            relay.wake(Registration.class, registration.id());
            seating.release(before);
        }
    }
}
