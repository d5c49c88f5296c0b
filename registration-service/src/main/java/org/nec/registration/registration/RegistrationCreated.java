package org.nec.registration.registration;

/** Answer to a new registration: the manage link is shown once, here and in the confirmation e-mail. */
public record RegistrationCreated(String id, RegistrationStatus status, Integer waitlistPosition,
                                  String manageUrl) {
}
