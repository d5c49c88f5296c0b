package org.nec.agenda.attendee;

import org.nec.events.EventEnvelope;
import org.nec.events.Topics;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
class RegistrationEventsListener {

    private final AttendeeProjection attendees;

    RegistrationEventsListener(AttendeeProjection attendees) {
        this.attendees = attendees;
    }

    @KafkaListener(id = "agenda-attendees", topics = Topics.REGISTRATION, idIsGroup = false)
    void on(EventEnvelope event) {
        attendees.apply(event);
    }
}
