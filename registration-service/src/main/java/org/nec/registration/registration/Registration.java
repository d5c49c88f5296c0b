package org.nec.registration.registration;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.nec.platform.outbox.OutboxMessage;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One person's registration. {@code activeEmail} holds the normalised address while the registration is active
 * and is absent otherwise: its sparse unique index allows one active registration per address. Events about a
 * change are written in {@code pendingEvents} by the same update as the change. After "resend my link",
 * {@code pendingTokenHash} is the new link's hash beside the one in use (see {@link ManageLinkHashes}).
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
}
