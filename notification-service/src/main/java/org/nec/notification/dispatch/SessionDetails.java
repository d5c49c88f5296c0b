package org.nec.notification.dispatch;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.nec.events.EditionZone;
import org.nec.notification.contact.Contact;
import org.nec.notification.contact.Contacts;
import org.nec.notification.edition.EditionCopies;
import org.nec.notification.edition.EditionCopy;
import org.nec.notification.message.MessageType;
import org.nec.notification.message.Notification;
import org.nec.notification.session.SessionCopies;
import org.nec.notification.session.SessionCopy;
import org.springframework.stereotype.Component;

/**
 * What messages say about their people and sessions, read when they are sent (so a moved session's reminder
 * tells the new time), and whether sending them still makes sense. A batch reads all it needs at once.
 */
@Component
class SessionDetails {

    private final Contacts contacts;
    private final SessionCopies sessions;
    private final EditionCopies edition;
    private final Clock clock;

    SessionDetails(Contacts contacts, SessionCopies sessions, EditionCopies edition, Clock clock) {
        this.contacts = contacts;
        this.sessions = sessions;
        this.edition = edition;
        this.clock = clock;
    }

    /** The contacts, sessions and edition a batch of messages refers to, read in three queries. */
    Snapshot read(Collection<Notification> batch) {
        Set<String> people = batch.stream().map(Notification::registrationId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Set<String> about = batch.stream().flatMap(n -> sessionIds(n).stream()).collect(Collectors.toSet());
        return new Snapshot(contacts.byId(people), sessions.byId(about), edition.current());
    }

    Optional<String> whyPointless(Notification notification, Snapshot snapshot) {
        if (notification.type().isReminder() || notification.type() == MessageType.SCHEDULE_CHANGED) {
            // it may have been scheduled from a copy read just before the registration ended
            Contact contact = snapshot.contacts().get(notification.registrationId());
            if (contact == null || !contact.confirmed()) {
                return Optional.of("the registration is no longer confirmed");
            }
            if (notification.type().isReminder() && contact.unsubscribedFromReminders()) {
                return Optional.of("the person unsubscribed from reminders");
            }
        }
        if (notification.sessionId() == null) {
            return Optional.empty();
        }
        SessionCopy session = snapshot.sessions().get(notification.sessionId());
        if (session == null || session.cancelled()) {
            return notification.type() == MessageType.SESSION_REMINDER
                    ? Optional.of("the session is cancelled") : Optional.empty();
        }
        if (notification.type() == MessageType.SESSION_REMINDER && !clock.instant().isBefore(session.start())) {
            return Optional.of("the session already started");
        }
        return Optional.empty();
    }

    Map<String, Object> describe(Notification notification, Locale locale, Snapshot snapshot) {
        DateTimeFormatter format = format(locale, snapshot);
        if (notification.type() == MessageType.SCHEDULE_CHANGED) {
            // one line per session: title, new start and room, or cancelled
            return Map.of("sessions", snapshot.sessionsOf(notification).stream().map(s -> Map.of(
                    "title", s.title(locale.getLanguage()), "start", format.format(s.start()),
                    "room", s.roomName() == null ? "" : s.roomName(), "cancelled", s.cancelled())).toList());
        }
        if (notification.sessionId() == null) {
            return Map.of();
        }
        SessionCopy session = snapshot.sessions().get(notification.sessionId());
        if (session == null) {
            return Map.of("sessionTitle", "", "sessionRoom", "", "sessionStart", "");
        }
        return Map.of("sessionTitle", session.title(locale.getLanguage()), "sessionRoom",
                session.roomName() == null ? "" : session.roomName(), "sessionStart", format.format(session.start()));
    }

    private static DateTimeFormatter format(Locale locale, Snapshot snapshot) {
        ZoneId zone = snapshot.edition().map(EditionCopy::zone).orElse(EditionZone.DEFAULT);
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT).withLocale(locale)
                .withZone(zone);
    }

    /** The sessions a message is about: the one of a seat message or reminder, the list of a digest. */
    static List<String> sessionIds(Notification notification) {
        if (notification.sessionIds() != null && !notification.sessionIds().isEmpty()) {
            return notification.sessionIds();
        }
        return notification.sessionId() == null ? List.of() : List.of(notification.sessionId());
    }

    /** What a batch refers to, as it stood when the batch was read. */
    record Snapshot(Map<String, Contact> contacts, Map<String, SessionCopy> sessions, Optional<EditionCopy> edition) {

        /** The message's sessions, in programme order. */
        List<SessionCopy> sessionsOf(Notification notification) {
            return sessionIds(notification).stream().map(sessions::get).filter(Objects::nonNull)
                    .sorted(Comparator.comparing(SessionCopy::start)).toList();
        }
    }
}
