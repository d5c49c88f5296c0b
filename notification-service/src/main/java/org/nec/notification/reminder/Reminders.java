package org.nec.notification.reminder;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.nec.notification.agenda.EditionCopy;
import org.nec.notification.agenda.SessionCopy;
import org.nec.notification.contact.Contact;
import org.nec.notification.notification.MessageType;
import org.nec.notification.notification.Notification;
import org.nec.notification.notification.NotificationStatus;
import org.nec.notification.notification.Notifications;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Reminders are messages due at a time: stored like any other, so they survive restarts and go out once. They
 * follow their session when it moves and are cancelled when the seat, the session or the registration goes.
 */
@Service
public class Reminders {

    private final MongoTemplate mongo;
    private final Notifications notifications;
    private final ReminderProperties properties;
    private final Clock clock;

    Reminders(MongoTemplate mongo, Notifications notifications, ReminderProperties properties, Clock clock) {
        this.mongo = mongo;
        this.notifications = notifications;
        this.properties = properties;
        this.clock = clock;
    }

    /** The reminder before the edition, for a confirmed attendee, once the edition's start is known. */
    public void remindOfEvent(Contact contact) {
        EditionCopy edition = mongo.findById(EditionCopy.CURRENT, EditionCopy.class);
        Instant now = clock.instant();
        if (edition == null || edition.startsAt() == null || !edition.startsAt().isAfter(now)) {
            return;
        }
        schedule(MessageType.EVENT_REMINDER, contact.registrationId(), contact.registrationId(), null, contact,
                Map.of("editionName", edition.name() == null ? "" : edition.name()),
                edition.startsAt().minus(properties.eventBefore()));
    }

    /** The edition's start is known or changed: every waiting event reminder is due anew. */
    public void editionStartsAt(Instant startsAt, List<Contact> confirmed) {
        mongo.updateMulti(query(where("type").is(MessageType.EVENT_REMINDER).and("status")
                .is(NotificationStatus.SCHEDULED)), new Update().set("dueAt", startsAt.minus(properties.eventBefore())),
                Notification.class);
        notifications.dueTimesChanged();
        confirmed.forEach(this::remindOfEvent);
    }

    /** The reminder before a session, for someone seated in it. */
    public void remindOfSession(SessionCopy session, Contact contact) {
        if (session.cancelled() || !session.start().isAfter(clock.instant())) {
            return;
        }
        schedule(MessageType.SESSION_REMINDER, session.sessionId() + ":" + contact.registrationId(),
                contact.registrationId(), session.sessionId(), contact, Map.of(),
                session.start().minus(properties.sessionBefore()));
    }

    /** The session moved: its reminders follow it. */
    public void sessionMoved(SessionCopy session) {
        mongo.updateMulti(query(where("sessionId").is(session.sessionId()).and("type")
                        .is(MessageType.SESSION_REMINDER).and("status").is(NotificationStatus.SCHEDULED)),
                new Update().set("dueAt", session.start().minus(properties.sessionBefore())), Notification.class);
        notifications.dueTimesChanged();
    }

    public void sessionCancelled(String sessionId) {
        cancel(query(where("sessionId").is(sessionId).and("type").is(MessageType.SESSION_REMINDER)));
    }

    public void seatReleased(String sessionId, String registrationId) {
        cancel(query(where("_id").is(MessageType.SESSION_REMINDER + ":" + sessionId + ":" + registrationId)));
    }

    /** The person wants no more reminders: the waiting ones are cancelled. */
    public void unsubscribed(String registrationId) {
        registrationEnded(registrationId);
    }

    public void registrationEnded(String registrationId) {
        cancel(query(where("registrationId").is(registrationId).and("type")
                .in(MessageType.EVENT_REMINDER, MessageType.SESSION_REMINDER)));
    }

    private void cancel(org.springframework.data.mongodb.core.query.Query which) {
        mongo.updateMulti(which.addCriteria(where("status").is(NotificationStatus.SCHEDULED)),
                new Update().set("status", NotificationStatus.CANCELLED).unset("model").unset("leaseUntil")
                        .unset("leaseOwner"), Notification.class);
    }

    private void schedule(MessageType type, String key, String registrationId, String sessionId, Contact contact,
                          Map<String, Object> extra, Instant dueAt) {
        if (contact.unsubscribedFromReminders()) {
            return;
        }
        Map<String, Object> model = new java.util.HashMap<>(extra);
        model.put("firstName", contact.firstName());
        Notification draft = notifications.draft(type, key, registrationId, sessionId, contact.email(),
                contact.language(), model, dueAt);
        if (!notifications.schedule(draft)) {
            // one cancelled before (the seat was given back, the registration ended) is due again
            notifications.revive(draft);
        }
    }
}
