package org.nec.registration.register;

import java.util.Optional;

import org.nec.platform.security.Signatures;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The content of an attendee's check-in QR code: {@code NEC1.<registrationId>.<signature>}, signed with a key
 * only this service knows, so a code cannot be made up from a registration id.
 */
@Component
public class CheckInCodes {

    private static final String PREFIX = "NEC1";

    private final Signatures signatures;

    CheckInCodes(MongoTemplate mongo) {
        this.signatures = new Signatures(mongo, "check-in-key");
    }

    public String codeFor(String registrationId) {
        return PREFIX + "." + registrationId + "." + signatures.sign(registrationId);
    }

    /** The registration a scanned code belongs to, if the code is genuine. */
    public Optional<String> registrationOf(String code) {
        String[] parts = code == null ? new String[0] : code.strip().split("\\.");
        if (parts.length != 3 || !PREFIX.equals(parts[0])) {
            return Optional.empty();
        }
        return signatures.isGenuine(parts[1], parts[2]) ? Optional.of(parts[1]) : Optional.empty();
    }
}
