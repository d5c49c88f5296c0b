package org.nec.registration.attendees;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.nec.registration.register.Registration;
import org.nec.registration.register.RegistrationStatus;

/** A registration as a line of the organiser's list and CSV export. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record OrganiserRow(String id, RegistrationStatus status, String firstName, String lastName, String email,
                    String organisation, String ticketType, String language, Integer waitlistPosition,
                    Instant createdAt, Instant checkedInAt) {

    /** @param position its place in line, 0 when it is not waiting */
    static OrganiserRow of(Registration r, int position) {
        return new OrganiserRow(r.id(), r.status(), r.firstName(), r.lastName(), r.email(), r.organisation(),
                r.ticketType(), r.language(), position > 0 ? position : null, r.createdAt(), r.checkedInAt());
    }
}
