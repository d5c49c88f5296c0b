package org.nec.agenda.signup;

import java.util.List;

import org.nec.platform.outbox.OutboxMessage;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The seats of one published session as stored, read and changed by {@link SessionSeats} only: a
 * {@link org.nec.waitinglist.Quota} and the seat events written with each change. {@code capacityRelease} is the
 * release that last set the capacity (none while it is the one of the release the first sign-up saw).
 */
@Document(SessionSeats.COLLECTION)
@CompoundIndex(name = "pendingEvents", def = "{'pendingEvents.eventId': 1}", sparse = true)
record StoredSeats(@Id String sessionId, int capacity, Integer capacityRelease, int available,
                   List<String> holders, List<String> waitlist, List<OutboxMessage> pendingEvents) {

    /** Who holds a seat, then who waits, in line order. */
    List<String> everyone() {
        List<String> everyone = new java.util.ArrayList<>(holders == null ? List.of() : holders);
        everyone.addAll(waitlist == null ? List.of() : waitlist);
        return everyone;
    }
}
