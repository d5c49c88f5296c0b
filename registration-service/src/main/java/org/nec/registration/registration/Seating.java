package org.nec.registration.registration;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.util.Optional;

import org.nec.platform.outbox.OutboxRelay;
import org.nec.registration.checkin.CheckInCodes;
import org.nec.waitinglist.Seat;
import org.nec.registration.tickettype.SeatsFreed;
import org.nec.registration.tickettype.TicketTypes;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Keeps registrations in step with their ticket type's seats and waiting list. The ticket type's document says
 * who holds a seat; a registration's status follows it by a conditional update, so each move publishes exactly
 * one event however many times it is attempted.
 */
@Service
public class Seating {

    private final MongoTemplate mongo;
    private final TicketTypes ticketTypes;
    private final OutboxRelay relay;
    private final CheckInCodes checkInCodes;
    private final SealedLinks sealed;
    private final PersonKeyring keys;
    private final Clock clock;

    Seating(MongoTemplate mongo, TicketTypes ticketTypes, OutboxRelay relay, CheckInCodes checkInCodes,
            SealedLinks sealed, PersonKeyring keys, Clock clock) {
        this.keys = keys;
        this.checkInCodes = checkInCodes;
        this.sealed = sealed;
        this.mongo = mongo;
        this.ticketTypes = ticketTypes;
        this.relay = relay;
        this.clock = clock;
    }

    /** Takes a seat or a place in line for a PENDING registration and records which, with its event. */
    Seat seat(Registration pending, String manageUrl) {
        Seat seat = ticketTypes.claim(pending.ticketType(), pending.id());
        RegistrationStatus status = seat.held() ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITLISTED;
        mongo.updateFirst(query(where("_id").is(pending.id()).and("status").is(RegistrationStatus.PENDING)),
                new Update().set("status", status).push(OutboxRelay.FIELD).each(
                        RegistrationEvents.settled(keys, pending, sealed.manageUrl(pending.id(), manageUrl),
                        seat.position(), sealedCheckInCode(pending.id()), clock.instant())),
                Registration.class);
        relay.wake(Registration.class, pending.id());
        if (!seat.held()) {
            // a seat may have been freed between our claim and joining the line, and given to us before our
            // status said WAITLISTED: promote now what the ticket type says
            promoteWaiting(pending.ticketType());
            Seat now = ticketTypes.seatOf(pending.ticketType(), pending.id());
            if (now.held()) {
                confirmPromotion(pending.id());
            }
            return now;
        }
        return seat;
    }

    /** Fills free seats from the waiting list, first in line first. */
    public void promoteWaiting(String ticketType) {
        Optional<String> promoted;
        while ((promoted = ticketTypes.promoteNext(ticketType)).isPresent()) {
            confirmPromotion(promoted.get());
        }
    }

    /** The registration holds a seat now: if it was waiting, it becomes CONFIRMED and says so, once. */
    void confirmPromotion(String registrationId) {
        Registration waiting = mongo.findById(registrationId, Registration.class);
        if (waiting == null || waiting.status() != RegistrationStatus.WAITLISTED) {
            return;
        }
        var changed = mongo.updateFirst(query(where("_id").is(registrationId)
                        .and("status").is(RegistrationStatus.WAITLISTED)),
                new Update().set("status", RegistrationStatus.CONFIRMED)
                        .push(OutboxRelay.FIELD).each(RegistrationEvents.promoted(keys, waiting,
                        sealedCheckInCode(registrationId), clock.instant())),
                Registration.class);
        if (changed.getModifiedCount() > 0) {
            relay.wake(Registration.class, registrationId);
        }
    }

    private String sealedCheckInCode(String registrationId) {
        return sealed.checkInCode(registrationId, checkInCodes.codeFor(registrationId));
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
