package org.nec.agenda.attendee;

/**
 * A registration ended upstream (cancelled or erased), published in-process once the attendee's copy is updated,
 * so that what the attendee held in the agenda is given back. Listeners run in the consumer's thread: a failure
 * makes the registration event be delivered again.
 */
public record RegistrationEnded(String registrationId) {
}
