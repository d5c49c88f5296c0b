package org.nec.agenda.signup;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The sessions one attendee holds or waits for. Changed only under its {@code version}, so two sign-ups of the
 * same attendee at once cannot both pass the overlap check.
 */
@Document("attendeeAgendas")
public record AttendeeAgenda(@Id String registrationId, List<String> sessionIds, long version) {
}
