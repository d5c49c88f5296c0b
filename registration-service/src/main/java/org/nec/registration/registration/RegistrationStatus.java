package org.nec.registration.registration;

/** PENDING only between the first write and taking a seat or a place in line, a moment unless a crash hits. */
public enum RegistrationStatus {
    PENDING, CONFIRMED, WAITLISTED, CANCELLED, ERASED;

    boolean isActive() {
        return this == CONFIRMED || this == WAITLISTED;
    }
}
