package org.nec.notification.seat;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import org.nec.events.EventEnvelope;
import org.nec.notification.contact.Contact;
import org.nec.notification.contact.Contacts;
import org.nec.notification.message.MessageType;
import org.nec.notification.message.Notifications;
import org.nec.notification.reminder.Reminders;
import org.nec.notification.session.SessionCopies;
import org.springframework.stereotype.Service;

/**
 * The messages a seat brings a confirmed attendee: taken, promoted or waiting, and the reminder before a held
 * session. Each is keyed by its seat event: the same event gives one message, a seat taken again another.
 */
@Service
public class SeatMessages {

    private final Contacts contacts;
    private final Reminders reminders;
    private final Notifications notifications;
    private final SeatCopies seats;
    private final SessionCopies sessions;
    private final Clock clock;

    SeatMessages(Contacts contacts, Reminders reminders, Notifications notifications, SeatCopies seats,
                 SessionCopies sessions, Clock clock) {
        this.contacts = contacts;
        this.reminders = reminders;
        this.notifications = notifications;
        this.seats = seats;
        this.sessions = sessions;
        this.clock = clock;
    }

    /**
     * A seat event ({@link SeatEvent}) about the person's seat in the session: the seat's copy follows it and, if it
     * was news, the person hears of it; a released seat's reminder is cancelled.
     */
    public void apply(EventEnvelope event, SeatEvent seatEvent, String sessionId, String registrationId) {
        boolean news = seats.apply(event, sessionId, registrationId, seatEvent);
        switch (seatEvent) {
            case CONFIRMED, PROMOTED -> {
                if (news) {
                    seated(seatEvent, sessionId, registrationId, event.eventId());
                }
            }
            case WAITLISTED -> {
                if (news) {
                    waitlisted(sessionId, registrationId, event.eventId());
                }
            }
            case RELEASED -> reminders.seatReleased(sessionId, registrationId);
        }
    }

    /**
     * A seat the person got; a contact not confirmed yet (its registration's event is still on its way, on
     * another topic) hears of it once confirmed, through {@link #heldSeats(Contact)}.
     */
    private void seated(SeatEvent seatEvent, String sessionId, String registrationId, String seatEventId) {
        Optional<Contact> contact = contacts.find(registrationId).filter(Contact::confirmed);
        if (contact.isEmpty()) {
            return;
        }
        message(seatEvent == SeatEvent.PROMOTED ? MessageType.SEAT_PROMOTED : MessageType.SEAT_CONFIRMED, sessionId,
                contact.get(), seatEventId);
        sessions.find(sessionId).ifPresent(session -> reminders.remindOfSession(session, contact.get()));
    }

    private void waitlisted(String sessionId, String registrationId, String seatEventId) {
        contacts.find(registrationId).filter(Contact::confirmed)
                .ifPresent(contact -> message(MessageType.SEAT_WAITLISTED, sessionId, contact, seatEventId));
    }

    /** The person's registration is confirmed: the seats they took before this service learnt of it count now. */
    public void heldSeats(Contact contact) {
        for (SeatCopy seat : seats.heldBy(contact.registrationId())) {
            if (seat.status() == SeatStatus.WAITLISTED) {
                waitlisted(seat.sessionId(), contact.registrationId(), seat.lastEventId());
            } else {
                seated(seat.seatEvent().filter(e -> e == SeatEvent.PROMOTED).orElse(SeatEvent.CONFIRMED),
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
