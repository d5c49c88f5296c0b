package org.nec.registration.registration;

import java.time.Instant;

import org.nec.events.DomainEvent;
import org.nec.events.Topics;
import org.nec.events.registration.RegistrationCancelled;
import org.nec.events.registration.RegistrationConfirmed;
import org.nec.events.registration.RegistrationPromoted;
import org.nec.events.registration.RegistrationUpdated;
import org.nec.events.registration.RegistrationWaitlisted;
import org.nec.platform.outbox.OutboxMessage;

/** The events a registration's changes publish, built from the registration as it is after the change. */
final class RegistrationEvents {

    private RegistrationEvents() {
    }

    /** The link and the code are sealed already ({@link SealedLinks}): nothing here holds them in clear. */
    static OutboxMessage settled(Registration r, String sealedManageUrl, int position, String sealedCheckInCode,
                                 Instant now) {
        DomainEvent event = position == 0
                ? new RegistrationConfirmed(r.id(), r.firstName(), r.lastName(), r.email(), r.organisation(),
                        r.ticketType(), r.language(), null, r.manageTokenHash(), null, sealedManageUrl,
                        sealedCheckInCode)
                : new RegistrationWaitlisted(r.id(), r.firstName(), r.lastName(), r.email(), r.organisation(),
                        r.ticketType(), r.language(), null, r.manageTokenHash(), position, sealedManageUrl);
        return message(event, now);
    }

    static OutboxMessage promoted(Registration r, String sealedCheckInCode, Instant now) {
        return message(new RegistrationPromoted(r.id(), r.firstName(), r.email(), r.ticketType(), r.language(),
                null, sealedCheckInCode), now);
    }

    static OutboxMessage updated(Registration r, Instant now) {
        return message(new RegistrationUpdated(r.id(), r.firstName(), r.lastName(), r.email(), r.organisation(),
                r.language()), now);
    }

    static OutboxMessage cancelled(Registration r, Instant now) {
        return message(new RegistrationCancelled(r.id(), r.firstName(), r.email(), r.ticketType(), r.language()),
                now);
    }

    static OutboxMessage message(DomainEvent event, Instant now) {
        return OutboxMessage.of(Topics.REGISTRATION, event, now);
    }
}
