package org.nec.notification.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import org.nec.events.EventEnvelope;
import org.nec.events.Topics;
import org.nec.events.registration.RegistrationConfirmed;
import org.nec.notification.mail.MailTemplates;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Turns registration events into messages. The message id makes a redelivered event schedule nothing new. */
@Component
class RegistrationEventsListener {

    private final Notifications notifications;
    private final MailTemplates templates;
    private final Dispatcher dispatcher;
    private final Clock clock;

    RegistrationEventsListener(Notifications notifications, MailTemplates templates, Dispatcher dispatcher,
                               Clock clock) {
        this.notifications = notifications;
        this.templates = templates;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    @KafkaListener(id = "notification-registrations", topics = Topics.REGISTRATION, idIsGroup = false)
    void on(EventEnvelope event) {
        if (event.payload() instanceof RegistrationConfirmed confirmed) {
            MessageType type = MessageType.REGISTRATION_CONFIRMED;
            Instant now = clock.instant();
            String subject = templates.subject(type.template(), Locale.forLanguageTag(confirmed.language()));
            Map<String, Object> model = Map.of("firstName", confirmed.firstName(), "lastName", confirmed.lastName(),
                    "ticketType", confirmed.ticketType(), "manageUrl", confirmed.manageUrl());
            if (notifications.schedule(Notification.scheduled(type.name() + ":" + confirmed.registrationId(), type,
                    confirmed.email(), confirmed.language(), subject, model, now, now))) {
                dispatcher.wake();
            }
        }
    }
}
