package org.nec.notification.message;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.nec.platform.outbox.OutboxMessage;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One message to one person. Its id is deterministic (type and what it is about), so the same event delivered
 * twice schedules it once; sending claims it with a lease so two instances never send it both. {@code sessionIds}
 * are the sessions a schedule-change digest lists.
 */
@Document("notifications")
@CompoundIndexes({
        @CompoundIndex(name = "due", def = "{'status': 1, 'dueAt': 1}"),
        @CompoundIndex(name = "recipient", def = "{'recipient': 1}"),
        @CompoundIndex(name = "registration", def = "{'registrationId': 1}"),
        @CompoundIndex(name = "session", def = "{'sessionId': 1, 'type': 1}"),
        @CompoundIndex(name = "pendingEvents", def = "{'pendingEvents.eventId': 1}", sparse = true),
        // outcomes are recorded by id and lease owner: an exact index for that lookup, on any store
        @CompoundIndex(name = "lease", def = "{'_id': 1, 'leaseOwner': 1}", unique = true)})
public record Notification(@Id String id, MessageType type, String registrationId, String sessionId, String recipient,
                           String language,
                           String subject,
                           Map<String, Object> model, NotificationStatus status, Instant dueAt, Instant sentAt,
                           int attempts, String lastError, Instant leaseUntil, String leaseOwner,
                           Instant createdAt, List<OutboxMessage> pendingEvents, List<String> sessionIds) {

    public static Notification scheduled(String id, MessageType type, String registrationId, String sessionId,
                                         String recipient, String language, String subject,
                                         Map<String, Object> model, Instant dueAt, Instant now) {
        return new Notification(id, type, registrationId, sessionId, recipient, language, subject, model,
                NotificationStatus.SCHEDULED, dueAt, null, 0, null, null, null, now, List.of(),
                sessionId == null ? List.of() : List.of(sessionId));
    }

    /** A digest of its own for a session that came after this digest went out. */
    public Notification followUp(String session) {
        return new Notification(id + ":" + session, type, registrationId, null, recipient, language, subject, model,
                NotificationStatus.SCHEDULED, dueAt, null, 0, null, null, null, createdAt, List.of(), List.of(session));
    }

    /** The same message, listing these sessions. */
    public Notification listing(List<String> sessions) {
        return new Notification(id, type, registrationId, sessionId, recipient, language, subject, model, status, dueAt,
                sentAt, attempts, lastError, leaseUntil, leaseOwner, createdAt, pendingEvents, sessions);
    }

    /** The same message written with {@code otherModel} (opened secrets, held in memory only). */
    public Notification withModel(Map<String, Object> otherModel) {
        return new Notification(id, type, registrationId, sessionId, recipient, language, subject, otherModel,
                status, dueAt, sentAt, attempts, lastError, leaseUntil, leaseOwner, createdAt, pendingEvents,
                sessionIds);
    }

    /** The same message to another address, in another language, with the subject in that language. */
    public Notification addressedTo(String otherRecipient, String otherLanguage, String otherSubject) {
        return new Notification(id, type, registrationId, sessionId, otherRecipient, otherLanguage, otherSubject, model,
                status, dueAt, sentAt, attempts, lastError, leaseUntil, leaseOwner, createdAt, pendingEvents,
                sessionIds);
    }
}
