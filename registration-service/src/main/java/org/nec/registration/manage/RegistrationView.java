package org.nec.registration.manage;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.nec.registration.register.Registration;
import org.nec.registration.register.RegistrationStatus;

/** A registration as its owner sees it through their manage token. */
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
