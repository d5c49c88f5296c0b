package org.nec.notification.dispatch;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.nec.calendar.CalendarEntry;
import org.nec.calendar.ICalendars;
import org.nec.notification.edition.EditionCopy;
import org.nec.notification.message.Notification;
import org.springframework.stereotype.Component;

/**
 * The calendar a message carries: the edition's days with a registration, the session with a seat or its
 * reminder, the changed sessions with a schedule-change digest (same UIDs as the programme feed, so a calendar
 * updates the entries it holds, moved or cancelled).
 */
@Component
class CalendarAttachment {

    static final String FILE_NAME = "numerique-en-communs.ics";
    static final String CONTENT_TYPE = ICalendars.MEDIA_TYPE + "; charset=UTF-8; method=PUBLISH";
    private static final String EDITION_UID = "edition";

    Optional<String> of(Notification notification, Locale locale, SessionDetails.Snapshot snapshot) {
        String language = locale.getLanguage();
        List<CalendarEntry> entries = switch (notification.type()) {
            case REGISTRATION_CONFIRMED, REGISTRATION_PROMOTED, EVENT_REMINDER -> snapshot.edition()
                    .filter(e -> e.startsAt() != null && e.endsAt() != null)
                    .map(e -> List.of(edition(e))).orElse(List.of());
            case SEAT_CONFIRMED, SEAT_PROMOTED, SESSION_REMINDER, SCHEDULE_CHANGED -> snapshot.sessionsOf(notification)
                    .stream().map(s -> CalendarEntry.of(s.sessionId(), s.start(), s.end(), s.title(language))
                            .at(s.roomName()).version(s.version() == null ? 0 : s.version(), s.cancelled())).toList();
            default -> List.of();
        };
        return entries.isEmpty() ? Optional.empty()
                : Optional.of(ICalendars.of(entries, language, notification.type().template()));
    }

    /** The edition's days, as whole days in its time zone. */
    private static CalendarEntry edition(EditionCopy edition) {
        ZoneId zone = edition.zone();
        return CalendarEntry.days(EDITION_UID, edition.startsAt().atZone(zone).toLocalDate(),
                edition.endsAt().minusSeconds(1).atZone(zone).toLocalDate(),
                edition.name() == null ? "Numérique En Commun[s] ESS" : edition.name()).at(edition.venue());
    }
}
