package org.nec.registration.register;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.nec.platform.web.FieldProblem;
import org.nec.platform.web.Problems;
import org.nec.registration.question.Questions;
import org.nec.registration.tickettype.TicketType;
import org.nec.registration.tickettype.TicketTypes;
import org.nec.registration.voucher.Vouchers;
import org.nec.waitinglist.Seat;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/** Registering: a new attendee, checked, stored, then seated or put in line. */
@Service
public class Registrations {

    private final RegistrationRepository repository;
    private final TicketTypes ticketTypes;
    private final Placement placement;
    private final Questions questions;
    private final Vouchers vouchers;
    private final RegistrationProperties properties;
    private final Clock clock;

    Registrations(RegistrationRepository repository, TicketTypes ticketTypes, Placement placement,
                  Questions questions, Vouchers vouchers, RegistrationProperties properties, Clock clock) {
        this.repository = repository;
        this.ticketTypes = ticketTypes;
        this.placement = placement;
        this.questions = questions;
        this.vouchers = vouchers;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Registers a new attendee: CONFIRMED while seats are left, else WAITLISTED. 409 if the address already holds
     * an active registration; a retry with the same idempotency key answers the first registration.
     */
    public RegistrationCreated register(RegistrationRequest request, String idempotencyKey) {
        List<FieldProblem> problems = new ArrayList<>(questions.check(request.answers()));
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
            repository.insert(pending);
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
        Seat seat = placement.place(pending, manageUrl);
        return new RegistrationCreated(id, seat.held() ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITLISTED,
                seat.held() ? null : seat.position(), manageUrl, false);
    }

    private Optional<RegistrationCreated> replay(String idempotencyKey, RegistrationRequest request) {
        if (idempotencyKey == null) {
            return Optional.empty();
        }
        return repository.findByIdempotencyKey(idempotencyKey).map(first -> {
            if (!Registration.normaliseEmail(request.email()).equals(Registration.normaliseEmail(first.email()))) {
                throw Problems.conflict("This Idempotency-Key was used for another registration.");
            }
            int position = waitlistPosition(first);
            return new RegistrationCreated(first.id(), first.status(), position > 0 ? position : null, null, true);
        });
    }

    /** Any registration, erased ones included. */
    public Optional<Registration> find(String id) {
        return repository.findById(id);
    }

    public boolean exists(String id) {
        return repository.existsById(id);
    }

    /** Where the registration stands in its ticket type's line now: 1 = next, 0 when it is not waiting. */
    public int waitlistPosition(Registration registration) {
        return registration.waitlistPosition(ticketTypes.find(registration.ticketType()).orElse(null));
    }
}
