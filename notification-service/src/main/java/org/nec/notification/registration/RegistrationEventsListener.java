package org.nec.notification.registration;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import org.nec.events.EventEnvelope;
import org.nec.events.Topics;
import org.nec.events.registration.ManageLinkReissued;
import org.nec.events.registration.RegistrationCancelled;
import org.nec.events.registration.RegistrationConfirmed;
import org.nec.events.registration.RegistrationErased;
import org.nec.events.registration.RegistrationPromoted;
import org.nec.events.registration.RegistrationUpdated;
import org.nec.events.registration.RegistrationWaitlisted;
import org.nec.notification.contact.Contact;
import org.nec.notification.contact.Contacts;
import org.nec.notification.dispatch.Dispatcher;
import org.nec.notification.dispatch.LinkSecrets;
import org.nec.notification.message.MessageType;
import org.nec.notification.message.Notifications;
import org.nec.notification.reminder.Reminders;
import org.nec.notification.seat.SeatCopies;
import org.nec.notification.seat.SeatMessages;
import org.nec.platform.personkey.PersonKeys;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Turns registration events into messages. A message's id is derived from the event (the registration for
 * one-time messages, the event itself for repeatable ones), so a redelivered event schedules nothing new.
 */
@Component
class RegistrationEventsListener {

    private final Notifications notifications;
    private final Contacts contacts;
    private final Dispatcher dispatcher;
    private final Reminders reminders;
    private final SeatCopies seats;
    private final SeatMessages seatMessages;
    private final LinkSecrets secrets;
    private final PersonKeys keys;
    private final Clock clock;

    RegistrationEventsListener(Notifications notifications, Contacts contacts, Dispatcher dispatcher,
                               Reminders reminders, SeatCopies seats, SeatMessages seatMessages, LinkSecrets secrets,
                               PersonKeys keys, Clock clock) {
        this.keys = keys;
        this.secrets = secrets;
        this.seats = seats;
        this.seatMessages = seatMessages;
        this.reminders = reminders;
        this.notifications = notifications;
        this.contacts = contacts;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    @KafkaListener(id = "notification-registrations", topics = Topics.REGISTRATION, idIsGroup = false)
    void on(EventEnvelope sealed) {
        // the personal fields come encrypted with the person's key; an erased person's events are skipped
        EventEnvelope event = keys.open(sealed).orElse(null);
        if (event == null) {
            return;
        }
        Object payload = event.payload();
        if (payload instanceof RegistrationErased erased) {
            onErased(erased);
            return;
        }
        contacts.apply(event);
        if (payload instanceof RegistrationConfirmed || payload instanceof RegistrationPromoted) {
            contacts.find(event.aggregateId()).filter(Contact::confirmed).ifPresent(contact -> {
                reminders.remindOfEvent(contact);
                seatMessages.heldSeats(contact);
            });
        } else if (payload instanceof RegistrationCancelled) {
            reminders.registrationEnded(event.aggregateId());
        }
        if (payload instanceof RegistrationConfirmed e) {
            schedule(MessageType.REGISTRATION_CONFIRMED, e.registrationId(), e.registrationId(), e.email(),
                    e.language(), model(e.firstName(), e.ticketType(), LinkSecrets.SEALED_MANAGE_URL,
                            secrets.manageUrl(e.registrationId(), e.sealedManageUrl(), e.manageUrl()),
                            LinkSecrets.SEALED_CHECK_IN_CODE,
                            secrets.checkInCode(e.registrationId(), e.sealedCheckInCode(), e.checkInCode())));
        } else if (payload instanceof RegistrationWaitlisted e) {
            schedule(MessageType.REGISTRATION_WAITLISTED, e.registrationId(), e.registrationId(), e.email(),
                    e.language(), model(e.firstName(), e.ticketType(), LinkSecrets.SEALED_MANAGE_URL,
                            secrets.manageUrl(e.registrationId(), e.sealedManageUrl(), e.manageUrl()), "position",
                            e.position()));
        } else if (payload instanceof RegistrationPromoted e) {
            schedule(MessageType.REGISTRATION_PROMOTED, e.registrationId(), e.registrationId(), e.email(),
                    e.language(), model(e.firstName(), e.ticketType(), LinkSecrets.SEALED_CHECK_IN_CODE,
                            secrets.checkInCode(e.registrationId(), e.sealedCheckInCode(), e.checkInCode())));
        } else if (payload instanceof RegistrationUpdated e) {
            schedule(MessageType.REGISTRATION_UPDATED, event.eventId(), e.registrationId(), e.email(), e.language(),
                    model(e.firstName(), null, "organisation", e.organisation(), "lastName", e.lastName()));
        } else if (payload instanceof RegistrationCancelled e) {
            schedule(MessageType.REGISTRATION_CANCELLED, e.registrationId(), e.registrationId(), e.email(),
                    e.language(), model(e.firstName(), e.ticketType()));
        } else if (payload instanceof ManageLinkReissued e) {
            schedule(MessageType.MANAGE_LINK, event.eventId(), e.registrationId(), e.email(), e.language(),
                    model(e.firstName(), null, LinkSecrets.SEALED_MANAGE_URL,
                            secrets.manageUrl(e.registrationId(), e.sealedManageUrl(), e.manageUrl())));
        }
    }

    /** Confirms the erasure to the person (if we know where), then forgets them. */
    private void onErased(RegistrationErased erased) {
        contacts.find(erased.registrationId()).filter(c -> c.email() != null).ifPresent((Contact contact) ->
                schedule(MessageType.ERASURE_CONFIRMED, erased.registrationId(), erased.registrationId(),
                        contact.email(), contact.language(), model(contact.firstName(), null)));
        notifications.forget(erased.registrationId());
        contacts.erase(erased.registrationId());
        seats.forget(erased.registrationId());
    }

    private static Map<String, Object> model(String firstName, String ticketType, Object... more) {
        Map<String, Object> model = new HashMap<>();
        model.put("firstName", firstName);
        if (ticketType != null) {
            model.put("ticketType", ticketType);
        }
        for (int i = 0; i + 1 < more.length; i += 2) {
            if (more[i + 1] != null) {
                model.put((String) more[i], more[i + 1]);
            }
        }
        return model;
    }

    private void schedule(MessageType type, String key, String registrationId, String email, String language,
                          Map<String, Object> model) {
        if (notifications.schedule(notifications.draft(type, key, registrationId, null, email, language, model,
                clock.instant()))) {
            dispatcher.wake();
        }
    }
}
