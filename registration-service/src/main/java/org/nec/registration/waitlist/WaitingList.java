package org.nec.registration.waitlist;

import java.util.Optional;

import org.nec.registration.register.Placement;
import org.nec.registration.register.Registration;
import org.nec.registration.tickettype.SeatsFreed;
import org.nec.registration.tickettype.TicketTypes;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * A ticket type's waiting list, first in line first: whenever seats may be free, the first in line take them,
 * and each promoted registration becomes CONFIRMED and says so, once.
 */
@Service
public class WaitingList {

    private final TicketTypes ticketTypes;
    private final Placement placement;

    WaitingList(TicketTypes ticketTypes, Placement placement) {
        this.ticketTypes = ticketTypes;
        this.placement = placement;
    }

    /** Fills free seats from the waiting list, first in line first. */
    public void promoteWaiting(String ticketType) {
        Optional<String> promoted;
        while ((promoted = ticketTypes.promoteNext(ticketType)).isPresent()) {
            placement.confirmPromotion(promoted.get());
        }
    }

    /** Gives back what the registration held and lets the next in line in. */
    public void release(Registration registration) {
        ticketTypes.release(registration.ticketType(), registration.id());
        promoteWaiting(registration.ticketType());
    }

    @EventListener
    void on(SeatsFreed freed) {
        promoteWaiting(freed.ticketType());
    }
}
