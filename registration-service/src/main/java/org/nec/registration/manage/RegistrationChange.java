package org.nec.registration.manage;

import java.util.Map;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.nec.registration.register.RegistrationRequest;

/** What an attendee may change themselves; absent fields stay as they are. */
public record RegistrationChange(
        @Size(min = 1, max = 100) @Pattern(regexp = RegistrationRequest.NO_CONTROL,
                message = RegistrationRequest.CONTROL_MESSAGE) String firstName,
        @Size(min = 1, max = 100) @Pattern(regexp = RegistrationRequest.NO_CONTROL,
                message = RegistrationRequest.CONTROL_MESSAGE) String lastName,
        @Size(max = 200) @Pattern(regexp = RegistrationRequest.NO_CONTROL,
                message = RegistrationRequest.CONTROL_MESSAGE) String organisation,
        @Pattern(regexp = "fr|en", message = "must be fr or en") String language,
        @Size(max = 50) Map<String, Object> answers) {

    public RegistrationChange {
        firstName = firstName == null ? null : firstName.strip();
        lastName = lastName == null ? null : lastName.strip();
        organisation = organisation == null ? null : organisation.strip();
    }
}
