package org.nec.registration.voucher;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Invitation codes: 12 characters from an alphabet without look-alikes (no 0/O, 1/I/L), about 59 random bits, so
 * that guessing one within the public rate limit is hopeless. Read aloud or typed by hand, so compared without
 * case, spaces or dashes.
 */
final class VoucherCode {

    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private VoucherCode() {
    }

    static String generate() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The form a code is stored and looked up in; null when it cannot be a code at all. */
    static String normalise(String typed) {
        if (typed == null) {
            return null;
        }
        String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return code.matches("[A-Z0-9]{1,64}") ? code : null;
    }
}
