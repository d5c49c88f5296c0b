package org.nec.agenda.signup;

import java.util.List;

import org.nec.platform.outbox.OutboxMessage;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The seats of one published session and its waiting list (a {@link org.nec.waitinglist.Quota}); seat events
 * are written with each change. {@code capacityRelease} is the release that last set the capacity (none while it
 * is the one of the release the first sign-up saw).
 */
@Document("sessionSeats")
@CompoundIndex(name = "pendingEvents", def = "{'pendingEvents.eventId': 1}", sparse = true)
public record SessionSeats(@Id String sessionId, int capacity, Integer capacityRelease, int available,
                           List<String> holders, List<String> waitlist, List<OutboxMessage> pendingEvents) {
}
