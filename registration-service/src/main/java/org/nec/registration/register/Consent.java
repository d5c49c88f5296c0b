package org.nec.registration.register;

import java.time.Instant;

/** The attendee accepted this version of the privacy policy at this time. */
public record Consent(String privacyPolicyVersion, Instant acceptedAt) {
}
