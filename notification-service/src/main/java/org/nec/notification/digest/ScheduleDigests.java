package org.nec.notification.digest;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import org.nec.events.agenda.SessionChanged;
import org.nec.notification.contact.Contact;
import org.nec.notification.contact.Contacts;
import org.nec.notification.message.MessageType;
import org.nec.notification.message.NotificationProperties;
import org.nec.notification.message.Notifications;
import org.nec.notification.seat.SeatCopies;
import org.springframework.stereotype.Service;

/**
 * Gathers a release's changes into one digest per person concerned: the first change of a release schedules it,
 * due once the digest window has passed, and the release's other changes join it until it is sent.
 */
@Service
public class ScheduleDigests {

    private final SeatCopies seats;
    private final Contacts contacts;
    private final Notifications notifications;
    private final NotificationProperties properties;
    private final Clock clock;

    ScheduleDigests(SeatCopies seats, Contacts contacts, Notifications notifications,
                    NotificationProperties properties, Clock clock) {
        this.seats = seats;
        this.contacts = contacts;
        this.notifications = notifications;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * A session of the release published at {@code publishedAt} changed: it goes into the digest of each
     * confirmed attendee it concerns.
     */
    public void sessionChanged(SessionChanged changed, Instant publishedAt) {
        Instant due = clock.instant().plus(properties.digestWindow());
        for (String registrationId : seats.concernedBy(changed.sessionId(), publishedAt)) {
            contacts.find(registrationId).filter(Contact::confirmed).ifPresent(contact -> notifications.collect(
                    notifications.draft(MessageType.SCHEDULE_CHANGED, changed.version() + ":" + registrationId,
                            registrationId, null, contact.email(), contact.language(),
                            Map.of("firstName", contact.firstName(), "version", changed.version()), due),
                    changed.sessionId()));
        }
    }
}
