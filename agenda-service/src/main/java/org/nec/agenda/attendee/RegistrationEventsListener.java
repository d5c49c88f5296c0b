package org.nec.agenda.attendee;

import org.nec.events.EventEnvelope;
import org.nec.events.Topics;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.nec.agenda.signup.Signups;
import org.nec.events.registration.RegistrationCancelled;
import org.nec.events.registration.RegistrationErased;

@Component
class RegistrationEventsListener {

    private final AttendeeProjection attendees;
    private final Signups signups;

    RegistrationEventsListener(AttendeeProjection attendees, Signups signups) {
        this.attendees = attendees;
        this.signups = signups;
    }

    @KafkaListener(id = "agenda-attendees", topics = Topics.REGISTRATION, idIsGroup = false)
    void on(EventEnvelope event) {
        attendees.apply(event);
        // a registration that ends gives back its seats in sessions
        if (event.payload() instanceof RegistrationCancelled
                || event.payload() instanceof RegistrationErased) {
            signups.releaseAll(event.aggregateId());
        }
    }
}
