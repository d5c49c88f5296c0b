package org.nec.registration.register;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.nec.platform.outbox.OutboxMessage;
import org.nec.registration.tickettype.TicketType;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One person's registration. {@code activeEmail} holds the normalised address while the registration is active
 * and is absent otherwise: its sparse unique index allows one active registration per address. Events about a
 * change are written in {@code pendingEvents} by the same update as the change. After "resend my link",
 * {@code pendingTokenHash} is the new link's hash beside the one in use. Its field names and the conditional
 * updates that change it are {@link RegistrationLifecycle}'s.
 */
@Document("registrations")
@CompoundIndexes({
        @CompoundIndex(name = "pendingEvents", def = "{'pendingEvents.eventId': 1}", sparse = true),
        @CompoundIndex(name = "status", def = "{'status': 1, 'createdAt': 1}")})
public record Registration(@Id String id, String firstName, String lastName, String email,
                           @Indexed(unique = true, sparse = true) String activeEmail, String organisation,
                           String ticketType, String language, Map<String, Object> answers, Consent consent,
                           RegistrationStatus status, String manageTokenHash,
                           @Indexed(unique = true, sparse = true) String idempotencyKey, Instant createdAt,
                           Instant checkedInAt, Instant cancelledAt, Instant erasedAt,
                           List<OutboxMessage> pendingEvents, String pendingTokenHash, Instant pendingIssuedAt) {

    public static String normaliseEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    public boolean isActive() {
        return status.isActive();
    }

    /** Its place in its ticket type's line (1 = next), or 0 when it is not waiting. */
    public int waitlistPosition(TicketType type) {
        return status == RegistrationStatus.WAITLISTED && type != null ? type.positionOf(id) : 0;
    }
}
