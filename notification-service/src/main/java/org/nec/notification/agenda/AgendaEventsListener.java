package org.nec.notification.agenda;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.nec.events.EventEnvelope;
import org.nec.events.Topics;
import org.nec.events.agenda.SchedulePublished;
import org.nec.events.agenda.SeatConfirmed;
import org.nec.events.agenda.SeatPromoted;
import org.nec.events.agenda.SeatReleased;
import org.nec.events.agenda.SeatWaitlisted;
import org.nec.events.agenda.SessionChange;
import org.nec.events.agenda.SessionChanged;
import org.nec.notification.contact.Contact;
import org.nec.notification.contact.Contacts;
import org.nec.notification.notification.MessageType;
import org.nec.notification.notification.Notifications;
import org.nec.notification.reminder.Reminders;
import org.nec.platform.readmodel.ReadModels;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the copies of the edition, sessions and seats, sends seat messages, keeps session reminders in step and
 * gathers each release's changes into one digest per person concerned.
 */
@Component
class AgendaEventsListener {

    private final MongoTemplate mongo;
    private final Contacts contacts;
    private final Reminders reminders;
    private final Notifications notifications;
    private final SeatCopies seats;
    private final SeatMessages seatMessages;
    private final Clock clock;

    AgendaEventsListener(MongoTemplate mongo, Contacts contacts, Reminders reminders, Notifications notifications,
                         SeatCopies seats, SeatMessages seatMessages, Clock clock) {
        this.seats = seats;
        this.seatMessages = seatMessages;
        this.mongo = mongo;
        this.contacts = contacts;
        this.reminders = reminders;
        this.notifications = notifications;
        this.clock = clock;
    }

    @KafkaListener(id = "notification-agenda", topics = Topics.AGENDA, idIsGroup = false)
    void on(EventEnvelope event) {
        Object payload = event.payload();
        if (payload instanceof SchedulePublished published) {
            boolean applied = ReadModels.upsertIfNewer(mongo, EditionCopy.class, EditionCopy.CURRENT, event,
                    new Update().set("name", published.editionName()).set("timeZone", published.timeZone())
                            .set("startsAt", published.editionStartsAt()).set("endsAt", published.editionEndsAt())
                            .set("venue", published.venue()));
            // an older release delivered again must not bring the reminders back to its dates
            if (applied && published.editionStartsAt() != null) {
                reminders.editionStartsAt(published.editionStartsAt(), contacts.confirmed());
            }
        } else if (payload instanceof SessionChanged changed) {
            onSessionChanged(event, changed);
        } else if (payload instanceof SeatConfirmed seat) {
            if (seats.apply(event, seat.sessionId(), seat.registrationId(), SeatCopy.SEATED)) {
                seatMessages.seated(MessageType.SEAT_CONFIRMED, seat.sessionId(), seat.registrationId(),
                        event.eventId());
            }
        } else if (payload instanceof SeatPromoted seat) {
            if (seats.apply(event, seat.sessionId(), seat.registrationId(), SeatCopy.SEATED)) {
                seatMessages.seated(MessageType.SEAT_PROMOTED, seat.sessionId(), seat.registrationId(),
                        event.eventId());
            }
        } else if (payload instanceof SeatWaitlisted seat) {
            if (seats.apply(event, seat.sessionId(), seat.registrationId(), SeatCopy.WAITLISTED)) {
                seatMessages.waitlisted(seat.sessionId(), seat.registrationId(), event.eventId());
            }
        } else if (payload instanceof SeatReleased seat) {
            seats.apply(event, seat.sessionId(), seat.registrationId(), SeatCopy.RELEASED);
            reminders.seatReleased(seat.sessionId(), seat.registrationId());
        }
    }

    private void onSessionChanged(EventEnvelope event, SessionChanged changed) {
        boolean cancelled = changed.change() == SessionChange.CANCELLED;
        boolean applied = ReadModels.upsertIfNewer(mongo, SessionCopy.class, changed.sessionId(), event, new Update()
                .set("titleFr", changed.titleFr()).set("titleEn", changed.titleEn())
                .set("roomName", changed.roomName()).set("start", changed.start()).set("end", changed.end())
                .set("cancelled", cancelled).set("version", changed.version()));
        if (changed.change() != SessionChange.ADDED) {
            // a redelivered change adds nothing: the digest holds each session once
            tellTheConcerned(changed, event.occurredAt());
        }
        if (!applied) {
            return;
        }
        if (cancelled) {
            reminders.sessionCancelled(changed.sessionId());
        } else if (changed.change() == SessionChange.MOVED) {
            reminders.sessionMoved(session(changed.sessionId()).orElseThrow());
        }
    }

    private void tellTheConcerned(SessionChanged changed, Instant publishedAt) {
        Instant due = clock.instant().plus(notifications.digestWindow());
        for (String registrationId : seats.concernedBy(changed.sessionId(), publishedAt)) {
            contacts.find(registrationId).filter(Contact::confirmed).ifPresent(contact -> notifications.collect(
                    notifications.draft(MessageType.SCHEDULE_CHANGED, changed.version() + ":" + registrationId,
                            registrationId, null, contact.email(), contact.language(),
                            Map.of("firstName", contact.firstName(), "version", changed.version()), due),
                    changed.sessionId()));
        }
    }

    private Optional<SessionCopy> session(String sessionId) {
        return Optional.ofNullable(mongo.findOne(query(where("_id").is(sessionId)), SessionCopy.class));
    }
}
