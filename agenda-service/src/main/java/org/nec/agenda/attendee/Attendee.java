package org.nec.agenda.attendee;

import java.time.Instant;

import org.nec.events.registration.ManageTokenHash;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * agenda-service's own copy of a registration, built from {@code registration.events}: who may sign up for
 * sessions ({@code manageTokenHash} checks their link's token) and in which language to show them the agenda.
 * {@code lastEventAt} guards against an older event overwriting a newer one.
 */
@Document("attendees")
public record Attendee(@Id String registrationId, String firstName, String lastName, String email,
                       String organisation, String ticketType, String language, String status,
                       String manageTokenHash, Instant lastEventAt, String lastEventId,
                       String previousManageTokenHash, Instant previousValidUntil) {

    /** Where the registration stands, as {@code status} stores it (by name). */
    public enum Status { CONFIRMED, WAITLISTED, CANCELLED, ERASED }

    public boolean is(Status expected) {
        return expected.name().equals(status);
    }

    /**
     * The link tokens the copy accepts: the current one, and after a "resend my link" the one it follows until
     * {@code previousValidUntil}, as registration-service does (asking for someone else's link must not lock
     * them out).
     */
    boolean accepts(String token, Instant now) {
        return ManageTokenHash.matches(token, manageTokenHash) || previousManageTokenHash != null
                && previousValidUntil != null && now.isBefore(previousValidUntil)
                && ManageTokenHash.matches(token, previousManageTokenHash);
    }
}
