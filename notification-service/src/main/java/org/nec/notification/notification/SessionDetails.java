package org.nec.notification.notification;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.nec.notification.agenda.EditionCopy;
import org.nec.notification.agenda.SessionCopy;
import org.nec.notification.contact.Contact;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * What a session message says about its session, read when the message is sent (so a moved session's reminder
 * tells the new time), and whether sending it still makes sense.
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
        if (notification.type() == MessageType.EVENT_REMINDER || notification.type() == MessageType.SESSION_REMINDER) {
            // a reminder may have been scheduled from a copy read just before the registration ended
            Contact contact = mongo.findById(notification.registrationId(), Contact.class);
            if (contact == null || !"CONFIRMED".equals(contact.status())) {
                return Optional.of("the registration is no longer confirmed");
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
        if (notification.sessionId() == null) {
            return Map.of();
        }
        SessionCopy session = mongo.findById(notification.sessionId(), SessionCopy.class);
        if (session == null) {
            return Map.of("sessionTitle", "", "sessionRoom", "", "sessionStart", "");
        }
        EditionCopy edition = mongo.findById(EditionCopy.CURRENT, EditionCopy.class);
        ZoneId zone = edition == null || edition.timeZone() == null ? ZoneId.of("Europe/Paris")
                : ZoneId.of(edition.timeZone());
        String start = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT).withLocale(locale)
                .format(session.start().atZone(zone));
        return Map.of("sessionTitle", session.title(locale.getLanguage()), "sessionRoom",
                session.roomName() == null ? "" : session.roomName(), "sessionStart", start);
    }
}
