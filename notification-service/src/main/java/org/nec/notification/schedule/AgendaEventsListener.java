package org.nec.notification.schedule;

import org.nec.events.EventEnvelope;
import org.nec.events.Topics;
import org.nec.events.agenda.SchedulePublished;
import org.nec.events.agenda.SeatConfirmed;
import org.nec.events.agenda.SeatPromoted;
import org.nec.events.agenda.SeatReleased;
import org.nec.events.agenda.SeatWaitlisted;
import org.nec.events.agenda.SessionChange;
import org.nec.events.agenda.SessionChanged;
import org.nec.notification.contact.Contacts;
import org.nec.notification.digest.ScheduleDigests;
import org.nec.notification.edition.EditionCopies;
import org.nec.notification.reminder.Reminders;
import org.nec.notification.seat.SeatEvent;
import org.nec.notification.seat.SeatMessages;
import org.nec.notification.session.SessionCopies;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Follows the agenda's releases and seats: keeps the copies of the edition, sessions and seats, has seat messages
 * sent, keeps reminders in step and gathers each release's changes into one digest per person concerned.
 */
@Component
class AgendaEventsListener {

    private final EditionCopies edition;
    private final SessionCopies sessions;
    private final Contacts contacts;
    private final Reminders reminders;
    private final ScheduleDigests digests;
    private final SeatMessages seatMessages;

    AgendaEventsListener(EditionCopies edition, SessionCopies sessions, Contacts contacts, Reminders reminders,
                         ScheduleDigests digests, SeatMessages seatMessages) {
        this.edition = edition;
        this.sessions = sessions;
        this.contacts = contacts;
        this.reminders = reminders;
        this.digests = digests;
        this.seatMessages = seatMessages;
    }

    @KafkaListener(id = "notification-agenda", topics = Topics.AGENDA, idIsGroup = false)
    void on(EventEnvelope event) {
        Object payload = event.payload();
        if (payload instanceof SchedulePublished published) {
            boolean applied = edition.apply(event, published);
            // an older release delivered again must not bring the reminders back to its dates
            if (applied && published.editionStartsAt() != null) {
                reminders.editionStartsAt(published.editionStartsAt(), contacts.confirmed());
            }
        } else if (payload instanceof SessionChanged changed) {
            onSessionChanged(event, changed);
        } else if (payload instanceof SeatConfirmed seat) {
            seatMessages.apply(event, SeatEvent.CONFIRMED, seat.sessionId(), seat.registrationId());
        } else if (payload instanceof SeatPromoted seat) {
            seatMessages.apply(event, SeatEvent.PROMOTED, seat.sessionId(), seat.registrationId());
        } else if (payload instanceof SeatWaitlisted seat) {
            seatMessages.apply(event, SeatEvent.WAITLISTED, seat.sessionId(), seat.registrationId());
        } else if (payload instanceof SeatReleased seat) {
            seatMessages.apply(event, SeatEvent.RELEASED, seat.sessionId(), seat.registrationId());
        }
    }

    private void onSessionChanged(EventEnvelope event, SessionChanged changed) {
        boolean applied = sessions.apply(event, changed);
        if (changed.change() != SessionChange.ADDED) {
            // a redelivered change adds nothing: the digest holds each session once
            digests.sessionChanged(changed, event.occurredAt());
        }
        if (!applied) {
            return;
        }
        if (changed.change() == SessionChange.CANCELLED) {
            reminders.sessionCancelled(changed.sessionId());
        } else if (changed.change() == SessionChange.MOVED) {
            reminders.sessionMoved(sessions.find(changed.sessionId()).orElseThrow());
        }
    }
}
