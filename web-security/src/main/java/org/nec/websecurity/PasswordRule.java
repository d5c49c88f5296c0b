package org.nec.websecurity;

/**
 * Account passwords are at least {@value #MIN_LENGTH} characters (ASVS 5.0, V6.2.1). A configured password that is
 * shorter stops the application at start-up, naming the setting to change, rather than leaving a guessable
 * account behind the sign-in throttle.
 */
public final class PasswordRule {

    public static final int MIN_LENGTH = 12;

    private PasswordRule() {
    }

    /** @param setting the environment variable people set, named in the message */
    public static String requireLongEnough(String setting, String password) {
        if (password == null || password.isBlank()) {
            throw new IllegalStateException("Set " + setting);
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new IllegalStateException(setting + " must be at least " + MIN_LENGTH + " characters");
        }
        return password;
    }
}
