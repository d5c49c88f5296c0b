package org.nec.registration.register;

/** PENDING only between the first write and taking a seat or a place in line, a moment unless a crash hits. */
public enum RegistrationStatus {
    PENDING, CONFIRMED, WAITLISTED, CANCELLED, ERASED;

    public boolean isActive() {
        return this == CONFIRMED || this == WAITLISTED;
    }
}
