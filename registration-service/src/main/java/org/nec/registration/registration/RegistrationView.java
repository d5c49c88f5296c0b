package org.nec.registration.registration;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A registration as its owner (manage token) or the organiser sees it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RegistrationView(String id, RegistrationStatus status, String firstName, String lastName,
                               String email, String organisation, String ticketType, String language,
                               Integer waitlistPosition) {

    static RegistrationView of(Registration r) {
        return new RegistrationView(r.id(), r.status(), r.firstName(), r.lastName(), r.email(), r.organisation(),
                r.ticketType(), r.language(), null);
    }
}
