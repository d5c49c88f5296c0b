package org.nec.registration.organiser;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.nec.registration.registration.Registration;
import org.nec.registration.registration.RegistrationStatus;

@JsonInclude(JsonInclude.Include.NON_NULL)
record OrganiserRow(String id, RegistrationStatus status, String firstName, String lastName, String email,
                    String organisation, String ticketType, String language, Integer waitlistPosition,
                    Instant createdAt, Instant checkedInAt) {

    static OrganiserRow of(Registration r, int position) {
        return new OrganiserRow(r.id(), r.status(), r.firstName(), r.lastName(), r.email(), r.organisation(),
                r.ticketType(), r.language(), r.status() == RegistrationStatus.WAITLISTED && position > 0
                        ? position : null, r.createdAt(), r.checkedInAt());
    }
}
