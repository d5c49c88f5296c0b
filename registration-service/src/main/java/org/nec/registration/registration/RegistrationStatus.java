package org.nec.registration.registration;

public enum RegistrationStatus {
    CONFIRMED, WAITLISTED, CANCELLED
}
