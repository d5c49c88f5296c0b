package org.nec.agenda.attendee;

import java.time.Instant;

import org.nec.events.registration.ManageTokenHash;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The link tokens an attendee copy accepts: the current one, and after a "resend my link" the one it follows
 * until {@code previousValidUntil}, as registration-service does (asking for someone else's link must not lock
 * them out).
 */
@Document("attendees")
record AttendeeTokens(@Id String registrationId, String status, String manageTokenHash,
                      String previousManageTokenHash, Instant previousValidUntil) {

    boolean accept(String token, Instant now) {
        return ManageTokenHash.matches(token, manageTokenHash) || previousManageTokenHash != null
                && previousValidUntil != null && now.isBefore(previousValidUntil)
                && ManageTokenHash.matches(token, previousManageTokenHash);
    }
}
