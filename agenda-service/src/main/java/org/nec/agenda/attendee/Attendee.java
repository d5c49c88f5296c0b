package org.nec.agenda.attendee;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * agenda-service's own copy of a registration, built from {@code registration.events}: who may sign up for
 * sessions ({@code manageTokenHash} checks their link's token) and in which language to show them the agenda.
 * {@code lastEventAt} guards against an older event overwriting a newer one.
 */
@Document("attendees")
public record Attendee(@Id String registrationId, String firstName, String lastName, String email,
                       String organisation, String ticketType, String language, String status,
                       String manageTokenHash, Instant lastEventAt, String lastEventId) {
}
