package org.nec.registration.registration;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A registration as its owner (manage token) or the organiser sees it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RegistrationView(String id, RegistrationStatus status, String firstName, String lastName,
                               String email, String organisation, String ticketType, String language,
                               Integer waitlistPosition, Map<String, Object> answers, Instant createdAt,
                               Instant checkedInAt) {

    static RegistrationView of(Registration r, int waitlistPosition) {
        return new RegistrationView(r.id(), r.status(), r.firstName(), r.lastName(), r.email(), r.organisation(),
                r.ticketType(), r.language(), waitlistPosition > 0 ? waitlistPosition : null, r.answers(),
                r.createdAt(), r.checkedInAt());
    }
}
