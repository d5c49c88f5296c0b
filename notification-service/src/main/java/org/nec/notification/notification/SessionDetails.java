package org.nec.notification.notification;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.nec.notification.agenda.EditionCopy;
import org.nec.notification.agenda.SessionCopy;
import org.nec.notification.contact.Contact;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * What a message says about its sessions, read when the message is sent (so a moved session's reminder tells the
 * new time), and whether sending it still makes sense.
 */
@Component
class SessionDetails {

    private final MongoTemplate mongo;
    private final Clock clock;

    SessionDetails(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    Optional<String> whyPointless(Notification notification) {
        if (notification.type().isReminder() || notification.type() == MessageType.SCHEDULE_CHANGED) {
            // it may have been scheduled from a copy read just before the registration ended
            Contact contact = mongo.findById(notification.registrationId(), Contact.class);
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
        SessionCopy session = mongo.findById(notification.sessionId(), SessionCopy.class);
        if (session == null || session.cancelled()) {
            return notification.type() == MessageType.SESSION_REMINDER
                    ? Optional.of("the session is cancelled") : Optional.empty();
        }
        if (notification.type() == MessageType.SESSION_REMINDER && !clock.instant().isBefore(session.start())) {
            return Optional.of("the session already started");
        }
        return Optional.empty();
    }

    Map<String, Object> describe(Notification notification, Locale locale) {
        if (notification.type() == MessageType.SCHEDULE_CHANGED) {
            DateTimeFormatter format = format(locale);
            // one line per session: title, new start and room, or cancelled
            return Map.of("sessions", sessions(notification).stream().map(s -> Map.of(
                    "title", s.title(locale.getLanguage()), "start", format.format(s.start()),
                    "room", s.roomName() == null ? "" : s.roomName(), "cancelled", s.cancelled())).toList());
        }
        if (notification.sessionId() == null) {
            return Map.of();
        }
        SessionCopy session = mongo.findById(notification.sessionId(), SessionCopy.class);
        if (session == null) {
            return Map.of("sessionTitle", "", "sessionRoom", "", "sessionStart", "");
        }
        return Map.of("sessionTitle", session.title(locale.getLanguage()), "sessionRoom",
                session.roomName() == null ? "" : session.roomName(), "sessionStart", format(locale)
                        .format(session.start()));
    }

    /** The sessions the message is about, as they stand now, in programme order. */
    List<SessionCopy> sessions(Notification notification) {
        List<String> ids = notification.sessionIds() == null || notification.sessionIds().isEmpty()
                ? (notification.sessionId() == null ? List.of() : List.of(notification.sessionId()))
                : notification.sessionIds();
        return mongo.find(query(where("_id").in(ids)), SessionCopy.class).stream()
                .sorted(Comparator.comparing(SessionCopy::start)).toList();
    }

    Optional<EditionCopy> edition() {
        return Optional.ofNullable(mongo.findById(EditionCopy.CURRENT, EditionCopy.class));
    }

    private DateTimeFormatter format(Locale locale) {
        ZoneId zone = edition().map(EditionCopy::timeZone).map(ZoneId::of).orElse(ZoneId.of("Europe/Paris"));
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT).withLocale(locale)
                .withZone(zone);
    }
}
