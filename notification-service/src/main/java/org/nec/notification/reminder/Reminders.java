package org.nec.notification.reminder;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.nec.notification.contact.Contact;
import org.nec.notification.edition.EditionCopies;
import org.nec.notification.edition.EditionCopy;
import org.nec.notification.message.MessageType;
import org.nec.notification.message.Notification;
import org.nec.notification.message.Notifications;
import org.nec.notification.session.SessionCopy;
import org.springframework.stereotype.Service;

/**
 * Reminders are messages due at a time: stored like any other, so they survive restarts and go out once. They
 * follow their session when it moves and are cancelled when the seat, the session or the registration goes.
 */
@Service
public class Reminders {

    private final EditionCopies edition;
    private final Notifications notifications;
    private final ReminderProperties properties;
    private final Clock clock;

    Reminders(EditionCopies edition, Notifications notifications, ReminderProperties properties, Clock clock) {
        this.edition = edition;
        this.notifications = notifications;
        this.properties = properties;
        this.clock = clock;
    }

    /** The reminder before the edition, for a confirmed attendee, once the edition's start is known. */
    public void remindOfEvent(Contact contact) {
        EditionCopy current = edition.current().orElse(null);
        Instant now = clock.instant();
        if (current == null || current.startsAt() == null || !current.startsAt().isAfter(now)) {
            return;
        }
        schedule(MessageType.EVENT_REMINDER, contact.registrationId(), contact.registrationId(), null, contact,
                Map.of("editionName", current.name() == null ? "" : current.name()),
                current.startsAt().minus(properties.eventBefore()));
    }

    /** The edition's start is known or changed: every waiting event reminder is due anew. */
    public void editionStartsAt(Instant startsAt, List<Contact> confirmed) {
        notifications.reschedule(MessageType.EVENT_REMINDER, null, startsAt.minus(properties.eventBefore()));
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
        notifications.reschedule(MessageType.SESSION_REMINDER, session.sessionId(),
                session.start().minus(properties.sessionBefore()));
    }

    public void sessionCancelled(String sessionId) {
        notifications.cancelAbout(sessionId, MessageType.SESSION_REMINDER);
    }

    public void seatReleased(String sessionId, String registrationId) {
        notifications.cancel(MessageType.SESSION_REMINDER + ":" + sessionId + ":" + registrationId);
    }

    /** The person wants no more reminders: the waiting ones are cancelled. */
    public void unsubscribed(String registrationId) {
        registrationEnded(registrationId);
    }

    public void registrationEnded(String registrationId) {
        notifications.cancelFor(registrationId, MessageType.EVENT_REMINDER, MessageType.SESSION_REMINDER);
    }

    private void schedule(MessageType type, String key, String registrationId, String sessionId, Contact contact,
                          Map<String, Object> extra, Instant dueAt) {
        if (contact.unsubscribedFromReminders()) {
            return;
        }
        Map<String, Object> model = new HashMap<>(extra);
        model.put("firstName", contact.firstName());
        Notification draft = notifications.draft(type, key, registrationId, sessionId, contact.email(),
                contact.language(), model, dueAt);
        if (!notifications.schedule(draft)) {
            // one cancelled before (the seat was given back, the registration ended) is due again
            notifications.revive(draft);
        }
    }
}
