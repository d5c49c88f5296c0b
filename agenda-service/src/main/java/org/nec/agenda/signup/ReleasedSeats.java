package org.nec.agenda.signup;

import org.nec.events.agenda.SessionChange;
import org.nec.agenda.schedule.PublishedSession;
import org.nec.agenda.schedule.Release;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What a release means for the seats. A cancelled session frees its seats and its line. A session published with
 * another capacity gets that many seats: raising it seats the first in line, as a cancellation does; lowering it
 * below the seats taken evicts nobody, it only leaves fewer than none available, so nobody new is seated until
 * enough holders have left. Handling a release again, or an older one after a newer, changes nothing more.
 */
@Component
class ReleasedSeats {

    private final Signups signups;

    ReleasedSeats(Signups signups) {
        this.signups = signups;
    }

    @EventListener
    void on(Release release) {
        release.changes().stream().filter(c -> SessionChange.CANCELLED.equals(c.change()))
                .forEach(change -> signups.freeAll(change.sessionId()));
        for (PublishedSession session : release.sessions()) {
            if (signups.resize(session.id(), session.capacity(), release.version())) {
                signups.promote(session.id());
            }
        }
    }
}
