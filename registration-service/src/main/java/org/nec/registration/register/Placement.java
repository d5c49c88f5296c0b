package org.nec.registration.register;

import java.time.Clock;

import org.nec.registration.tickettype.SeatsFreed;
import org.nec.registration.tickettype.TicketTypes;
import org.nec.waitinglist.Seat;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Keeps a registration's status in step with its ticket type's seats and waiting list. The ticket type's document
 * says who holds a seat; the registration follows it by a conditional update, so each move publishes exactly one
 * event however many times it is attempted.
 */
@Component
public class Placement {

    private final RegistrationRepository registrations;
    private final RegistrationLifecycle lifecycle;
    private final RegistrationStore store;
    private final TicketTypes ticketTypes;
    private final CheckInCodes checkInCodes;
    private final SealedLinks sealed;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Placement(RegistrationRepository registrations, RegistrationLifecycle lifecycle, RegistrationStore store,
              TicketTypes ticketTypes, CheckInCodes checkInCodes, SealedLinks sealed,
              ApplicationEventPublisher events, Clock clock) {
        this.registrations = registrations;
        this.lifecycle = lifecycle;
        this.store = store;
        this.ticketTypes = ticketTypes;
        this.checkInCodes = checkInCodes;
        this.sealed = sealed;
        this.events = events;
        this.clock = clock;
    }

    /** Takes a seat or a place in line for a PENDING registration and records which, with its event. */
    public Seat place(Registration pending, String manageUrl) {
        Seat seat = ticketTypes.claim(pending.ticketType(), pending.id());
        store.apply(lifecycle.settle(pending, seat, sealed.manageUrl(pending.id(), manageUrl),
                sealedCheckInCode(pending.id()), clock.instant()));
        if (seat.held()) {
            return seat;
        }
        // a seat may have been freed between our claim and joining the line, and given to us before our status
        // said WAITLISTED: the waiting list promotes now what the ticket type says
        events.publishEvent(new SeatsFreed(pending.ticketType()));
        Seat now = ticketTypes.seatOf(pending.ticketType(), pending.id());
        if (now.held()) {
            confirmPromotion(pending.id());
        }
        return now;
    }

    /** The registration holds a seat now: if it was waiting, it becomes CONFIRMED and says so, once. */
    public void confirmPromotion(String registrationId) {
        registrations.findById(registrationId)
                .filter(waiting -> waiting.status() == RegistrationStatus.WAITLISTED)
                .ifPresent(waiting -> store.apply(lifecycle.promote(waiting, sealedCheckInCode(registrationId),
                        clock.instant())));
    }

    private String sealedCheckInCode(String registrationId) {
        return sealed.checkInCode(registrationId, checkInCodes.codeFor(registrationId));
    }
}
