package org.nec.agenda.signup;

public enum SignupStatus {
    SEATED, WAITLISTED
}
