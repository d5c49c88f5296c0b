package org.nec.registration.registration;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Answer to a new registration: the manage link is shown once, here and in the confirmation e-mail. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RegistrationCreated(String id, RegistrationStatus status, Integer waitlistPosition,
                                  String manageUrl) {
}
