package org.nec.registration.register;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Answer to a new registration: the manage link is shown once, here and in the confirmation e-mail. A retry with
 * the same {@code Idempotency-Key} answers the same registration without the link ({@code replayed}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RegistrationCreated(String id, RegistrationStatus status, Integer waitlistPosition,
                                  String manageUrl, @com.fasterxml.jackson.annotation.JsonIgnore boolean replayed) {
}
