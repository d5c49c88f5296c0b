package org.nec.agenda.attendee;

import org.nec.events.EventEnvelope;
import org.nec.events.Topics;
import org.nec.events.registration.RegistrationCancelled;
import org.nec.events.registration.RegistrationErased;
import org.nec.platform.personkey.PersonKeys;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
class RegistrationEventsListener {

    private final AttendeeProjection attendees;
    private final ApplicationEventPublisher publisher;
    private final PersonKeys keys;

    RegistrationEventsListener(AttendeeProjection attendees, ApplicationEventPublisher publisher, PersonKeys keys) {
        this.attendees = attendees;
        this.publisher = publisher;
        this.keys = keys;
    }

    @KafkaListener(id = "agenda-attendees", topics = Topics.REGISTRATION, idIsGroup = false)
    void on(EventEnvelope sealed) {
        // the personal fields come encrypted with the person's key; an erased person's events are skipped
        EventEnvelope event = keys.open(sealed).orElse(null);
        if (event == null) {
            return;
        }
        attendees.apply(event);
        // a registration that ends gives back its seats in sessions
        if (event.payload() instanceof RegistrationCancelled
                || event.payload() instanceof RegistrationErased) {
            publisher.publishEvent(new RegistrationEnded(event.aggregateId()));
        }
    }
}
