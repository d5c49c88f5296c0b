package org.nec.registration.gdpr;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.nec.registration.register.PersonKeyring;
import org.nec.registration.register.Registration;
import org.nec.registration.register.RegistrationLifecycle;
import org.nec.registration.register.RegistrationRepository;
import org.nec.registration.register.RegistrationStatus;
import org.nec.registration.register.RegistrationStore;
import org.nec.registration.waitlist.WaitingList;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;

/**
 * Erasure (GDPR art. 17): the personal data of a registration is removed in place, what remains is anonymous
 * (ticket type, dates, status) and still counts in the statistics. The event tells every other service to erase
 * its copy. The person's key is deleted, here and on its topic, so that their events still on the topics can no
 * longer be read. A held seat or place in line is released once the registration is erased.
 */
@Service
public class Erasures {

    private final RegistrationRepository registrations;
    private final RegistrationLifecycle lifecycle;
    private final RegistrationStore store;
    private final WaitingList waitingList;
    private final PersonKeyring keys;
    private final Clock clock;

    Erasures(RegistrationRepository registrations, RegistrationLifecycle lifecycle, RegistrationStore store,
             WaitingList waitingList, PersonKeyring keys, Clock clock) {
        this.registrations = registrations;
        this.lifecycle = lifecycle;
        this.store = store;
        this.waitingList = waitingList;
        this.keys = keys;
        this.clock = clock;
    }

    /** @return whether something was erased (false if it already was) */
    public boolean erase(String registrationId) {
        Optional<Registration> before = store.applyAndGetBefore(lifecycle.erase(registrationId, clock.instant()));
        // the person's events on the topics become ciphertext nobody can read
        keys.forget(registrationId);
        before.filter(Registration::isActive).ifPresent(waitingList::release);
        return before.isPresent();
    }

    /** Erases every registration not erased yet; returns how many. */
    public int eraseAll(int limit) {
        List<Registration> remaining = registrations.findByStatusNot(RegistrationStatus.ERASED, Limit.of(limit));
        return (int) remaining.stream().filter(r -> erase(r.id())).count();
    }
}
