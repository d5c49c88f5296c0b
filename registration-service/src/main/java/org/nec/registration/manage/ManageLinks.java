package org.nec.registration.manage;

import java.time.Clock;
import java.time.Instant;

import org.nec.registration.abuse.LinkResendLimits;
import org.nec.registration.register.ManageToken;
import org.nec.registration.register.Registration;
import org.nec.registration.register.RegistrationLifecycle;
import org.nec.registration.register.RegistrationProperties;
import org.nec.registration.register.RegistrationRepository;
import org.nec.registration.register.RegistrationStore;
import org.nec.registration.register.SealedLinks;
import org.springframework.stereotype.Service;

/**
 * "I lost my link": a new manage link is sent to the address of the registration, and the link in use keeps
 * working beside it (see {@link ManageLinkHashes}). The caller learns nothing about whether the address is
 * registered, nor whether a resend was over its limit.
 */
@Service
public class ManageLinks {

    private final RegistrationRepository registrations;
    private final RegistrationLifecycle lifecycle;
    private final RegistrationStore store;
    private final RegistrationProperties properties;
    private final LinkResendLimits limits;
    private final SealedLinks sealed;
    private final Clock clock;

    ManageLinks(RegistrationRepository registrations, RegistrationLifecycle lifecycle, RegistrationStore store,
                RegistrationProperties properties, LinkResendLimits limits, SealedLinks sealed, Clock clock) {
        this.registrations = registrations;
        this.lifecycle = lifecycle;
        this.store = store;
        this.properties = properties;
        this.limits = limits;
        this.sealed = sealed;
        this.clock = clock;
    }

    /** Sends a new link unless this address or this client has asked too often lately. */
    public void resend(String email, String clientAddress) {
        if (email == null || email.isBlank()) {
            return;
        }
        String address = Registration.normaliseEmail(email);
        if (!limits.tryResend(address, clientAddress)) {
            return;
        }
        registrations.findByActiveEmail(address).ifPresent(active -> {
            Instant now = clock.instant();
            String surviving = ManageLinkHashes.of(active).survivingAfterResend(now);
            String token = ManageToken.generate();
            store.apply(lifecycle.reissueLink(active, surviving, ManageToken.hash(token),
                    sealed.manageUrl(active.id(), properties.manageUrl(active.id(), token)),
                    now.plus(ManageLinkHashes.OLD_LINK_LIFETIME), now));
        });
    }

    /**
     * Whether the token opens this registration. The first time the new link is presented it becomes the only
     * one, in one conditional write.
     */
    boolean accepts(Registration registration, String token) {
        return switch (ManageLinkHashes.of(registration).match(token, clock.instant())) {
            case CURRENT -> true;
            case PENDING -> {
                store.apply(lifecycle.adoptPendingLink(registration));
                yield true;
            }
            case NONE -> false;
        };
    }
}
