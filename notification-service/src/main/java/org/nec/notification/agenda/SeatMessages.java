package org.nec.notification.agenda;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import org.nec.notification.contact.Contact;
import org.nec.notification.contact.Contacts;
import org.nec.notification.notification.MessageType;
import org.nec.notification.notification.Notifications;
import org.nec.notification.reminder.Reminders;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * The messages a seat brings a confirmed attendee: taken, promoted or waiting, and the reminder before a held
 * session. Each is keyed by its seat event: the same event gives one message, a seat taken again another.
 */
@Service
public class SeatMessages {

    private final MongoTemplate mongo;
    private final Contacts contacts;
    private final Reminders reminders;
    private final Notifications notifications;
    private final SeatCopies seats;
    private final Clock clock;

    SeatMessages(MongoTemplate mongo, Contacts contacts, Reminders reminders, Notifications notifications,
                 SeatCopies seats, Clock clock) {
        this.mongo = mongo;
        this.contacts = contacts;
        this.reminders = reminders;
        this.notifications = notifications;
        this.seats = seats;
        this.clock = clock;
    }

    /**
     * A seat the person got; a contact not confirmed yet (its registration's event is still on its way, on
     * another topic) hears of it once confirmed, through {@link #heldSeats(Contact)}.
     */
    void seated(MessageType type, String sessionId, String registrationId, String seatEventId) {
        Optional<Contact> contact = contacts.find(registrationId).filter(Contact::confirmed);
        if (contact.isEmpty()) {
            return;
        }
        message(type, sessionId, contact.get(), seatEventId);
        Optional.ofNullable(mongo.findById(sessionId, SessionCopy.class))
                .ifPresent(session -> reminders.remindOfSession(session, contact.get()));
    }

    void waitlisted(String sessionId, String registrationId, String seatEventId) {
        contacts.find(registrationId).filter(Contact::confirmed)
                .ifPresent(contact -> message(MessageType.SEAT_WAITLISTED, sessionId, contact, seatEventId));
    }

    /** The person's registration is confirmed: the seats they took before this service learnt of it count now. */
    public void heldSeats(Contact contact) {
        for (SeatCopy seat : seats.heldBy(contact.registrationId())) {
            if (SeatCopy.WAITLISTED.equals(seat.status())) {
                waitlisted(seat.sessionId(), contact.registrationId(), seat.lastEventId());
            } else {
                seated("SeatPromoted".equals(seat.event()) ? MessageType.SEAT_PROMOTED : MessageType.SEAT_CONFIRMED,
                        seat.sessionId(), contact.registrationId(), seat.lastEventId());
            }
        }
    }

    private void message(MessageType type, String sessionId, Contact contact, String seatEventId) {
        notifications.schedule(notifications.draft(type, sessionId + ":" + contact.registrationId() + ":"
                        + seatEventId, contact.registrationId(), sessionId, contact.email(), contact.language(),
                Map.of("firstName", contact.firstName()), clock.instant()));
    }
}
