package org.nec.registration.register;

import java.security.SecureRandom;
import java.util.Base64;

import org.nec.events.registration.ManageTokenHash;

/**
 * The secret of an attendee's self-service link: 256 random bits, shown once in the link and the confirmation
 * e-mail, stored only as its SHA-256 hash and compared in constant time.
 */
public final class ManageToken {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ManageToken() {
    }

    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String token) {
        return ManageTokenHash.of(token);
    }

    public static boolean matches(String token, String storedHash) {
        return ManageTokenHash.matches(token, storedHash);
    }
}
