package org.nec.registration.registration;

import java.time.Instant;

import org.nec.events.DomainEvent;
import org.nec.events.registration.RegistrationCancelled;
import org.nec.events.registration.RegistrationConfirmed;
import org.nec.events.registration.RegistrationPromoted;
import org.nec.events.registration.RegistrationUpdated;
import org.nec.events.registration.RegistrationWaitlisted;

/**
 * The events a registration's changes publish, built from the registration as it is after the change, each with
 * its person's key ({@link PersonKeyring}) and its personal fields encrypted.
 */
final class RegistrationEvents {

    private RegistrationEvents() {
    }

    /** The link and the code are sealed already ({@link SealedLinks}): nothing here holds them in clear. */
    static Object[] settled(PersonKeyring keys, Registration r, String sealedManageUrl, int position,
                            String sealedCheckInCode, Instant now) {
        DomainEvent event = position == 0
                ? new RegistrationConfirmed(r.id(), r.firstName(), r.lastName(), r.email(), r.organisation(),
                        r.ticketType(), r.language(), null, r.manageTokenHash(), null, sealedManageUrl,
                        sealedCheckInCode)
                : new RegistrationWaitlisted(r.id(), r.firstName(), r.lastName(), r.email(), r.organisation(),
                        r.ticketType(), r.language(), null, r.manageTokenHash(), position, sealedManageUrl);
        return keys.messages(event, now);
    }

    static Object[] promoted(PersonKeyring keys, Registration r, String sealedCheckInCode, Instant now) {
        return keys.messages(new RegistrationPromoted(r.id(), r.firstName(), r.email(), r.ticketType(),
                r.language(), null, sealedCheckInCode), now);
    }

    static Object[] updated(PersonKeyring keys, Registration r, Instant now) {
        return keys.messages(new RegistrationUpdated(r.id(), r.firstName(), r.lastName(), r.email(),
                r.organisation(), r.language()), now);
    }

    static Object[] cancelled(PersonKeyring keys, Registration r, Instant now) {
        return keys.messages(new RegistrationCancelled(r.id(), r.firstName(), r.email(), r.ticketType(),
                r.language()), now);
    }
}
