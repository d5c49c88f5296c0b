package org.nec.registration.checkin;

import java.time.Clock;
import java.time.Instant;

import org.nec.platform.web.Problems;
import org.nec.registration.register.Registration;
import org.nec.registration.register.RegistrationLifecycle;
import org.nec.registration.register.RegistrationStore;
import org.nec.registration.register.Registrations;
import org.springframework.stereotype.Service;

/** Checking attendees in at the venue: once, and only with a confirmed seat. */
@Service
public class CheckIns {

    private final RegistrationLifecycle lifecycle;
    private final RegistrationStore store;
    private final Registrations registrations;
    private final Clock clock;

    CheckIns(RegistrationLifecycle lifecycle, RegistrationStore store, Registrations registrations, Clock clock) {
        this.lifecycle = lifecycle;
        this.store = store;
        this.registrations = registrations;
        this.clock = clock;
    }

    public Instant checkIn(String registrationId) {
        Instant now = clock.instant();
        if (store.apply(lifecycle.checkIn(registrationId, now))) {
            return now;
        }
        Registration registration = registrations.find(registrationId)
                .orElseThrow(() -> Problems.notFound("No registration " + registrationId + "."));
        if (registration.checkedInAt() != null) {
            throw Problems.conflict("Already checked in at " + registration.checkedInAt() + ".");
        }
        throw Problems.conflict("Only a confirmed registration can check in; this one is "
                + registration.status() + ".");
    }
}
