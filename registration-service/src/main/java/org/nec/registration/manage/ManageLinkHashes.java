package org.nec.registration.manage;

import java.time.Duration;
import java.time.Instant;

import org.nec.registration.register.ManageToken;
import org.nec.registration.register.Registration;

/**
 * The hashes of an attendee's manage links: the one in use and, after "resend my link", the new one. The link in
 * use keeps working until the new one is first presented or {@link #OLD_LINK_LIFETIME} after the resend, so that
 * someone asking for another person's link cannot lock them out.
 */
record ManageLinkHashes(String current, String pending, Instant pendingIssuedAt) {

    static final Duration OLD_LINK_LIFETIME = Duration.ofHours(24);

    enum Match { CURRENT, PENDING, NONE }

    static ManageLinkHashes of(Registration registration) {
        return new ManageLinkHashes(registration.manageTokenHash(), registration.pendingTokenHash(),
                registration.pendingIssuedAt());
    }

    Match match(String token, Instant now) {
        if (pending != null && ManageToken.matches(token, pending)) {
            return Match.PENDING;
        }
        if (ManageToken.matches(token, current) && !oldLinkExpired(now)) {
            return Match.CURRENT;
        }
        return Match.NONE;
    }

    boolean oldLinkExpired(Instant now) {
        return pending != null && (pendingIssuedAt == null || !now.isBefore(pendingIssuedAt.plus(OLD_LINK_LIFETIME)));
    }

    /**
     * The link that stays beside a newly resent one: the link in use, or, once its time is over, the link sent
     * last time (it was never used, but it is the only one still working).
     */
    String survivingAfterResend(Instant now) {
        return oldLinkExpired(now) ? pending : current;
    }
}
