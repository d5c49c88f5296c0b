package org.nec.registration.manage;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.nec.platform.web.FieldProblem;
import org.nec.platform.web.Problems;
import org.nec.registration.question.Questions;
import org.nec.registration.register.Registration;
import org.nec.registration.register.RegistrationLifecycle;
import org.nec.registration.register.RegistrationStatus;
import org.nec.registration.register.RegistrationStore;
import org.nec.registration.register.Registrations;
import org.nec.registration.waitlist.WaitingList;
import org.springframework.stereotype.Service;

/**
 * What an attendee does with their registration through their manage link: see it, change it, cancel it. The
 * organiser's cancel goes the same way, so it publishes the same event.
 */
@Service
public class SelfService {

    private final Registrations registrations;
    private final RegistrationLifecycle lifecycle;
    private final RegistrationStore store;
    private final ManageLinks links;
    private final Questions questions;
    private final WaitingList waitingList;
    private final Clock clock;

    SelfService(Registrations registrations, RegistrationLifecycle lifecycle, RegistrationStore store,
                ManageLinks links, Questions questions, WaitingList waitingList, Clock clock) {
        this.registrations = registrations;
        this.lifecycle = lifecycle;
        this.store = store;
        this.links = links;
        this.questions = questions;
        this.waitingList = waitingList;
        this.clock = clock;
    }

    /**
     * The registration if the token is one of its working manage links; empty for a wrong token exactly as for an
     * unknown id.
     */
    public Optional<Registration> findWithToken(String id, String token) {
        return registrations.find(id)
                .filter(r -> r.status() != RegistrationStatus.ERASED)
                .filter(r -> links.accepts(r, token));
    }

    public RegistrationView view(Registration registration) {
        return RegistrationView.of(registration, waitlistPosition(registration));
    }

    public int waitlistPosition(Registration registration) {
        return registrations.waitlistPosition(registration);
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
        if (!store.apply(lifecycle.update(changed, clock.instant()))) {
            throw Problems.conflict("This registration is cancelled and can no longer be changed.");
        }
        return changed;
    }

    private static <T> T or(T value, T otherwise) {
        return value != null ? value : otherwise;
    }

    /** Cancels; a held seat goes to the first in line. Cancelling twice changes nothing more. */
    public void cancel(Registration registration) {
        store.applyAndGetBefore(lifecycle.cancel(registration, clock.instant())).ifPresent(waitingList::release);
    }
}
