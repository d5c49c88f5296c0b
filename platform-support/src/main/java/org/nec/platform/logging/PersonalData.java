package org.nec.platform.logging;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps e-mail addresses out of the logs: a mail server's refusal, a duplicate-key error or a failed lookup may
 * quote one. {@code aicha@example.org} becomes {@code a***@example.org}: enough to tell two people apart while
 * debugging, not enough to write to them.
 */
public final class PersonalData {

    private static final Pattern ADDRESS = Pattern.compile(
            "([\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]*@([\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+)");

    private PersonalData() {
    }

    /** The text with every address in it masked. */
    public static String masked(String text) {
        if (text == null || text.indexOf('@') < 0) {
            return text;
        }
        return ADDRESS.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "***@" + m.group(2)));
    }

    /**
     * A copy of the failure, and of its causes, with the addresses in their messages masked and the same stack
     * traces, for logging a failure whose message came from outside.
     */
    public static Throwable masked(Throwable failure) {
        return masked(failure, 0);
    }

    private static Throwable masked(Throwable failure, int depth) {
        if (failure == null || depth > 10) {
            return null;
        }
        String message = failure.getMessage() == null ? failure.getClass().getName()
                : failure.getClass().getName() + ": " + masked(failure.getMessage());
        MaskedFailure copy = new MaskedFailure(message, masked(failure.getCause(), depth + 1));
        copy.setStackTrace(failure.getStackTrace());
        return copy;
    }

    private static final class MaskedFailure extends RuntimeException {

        MaskedFailure(String message, Throwable cause) {
            super(message, cause, false, true);
        }

        @Override
        public String toString() {
            return getMessage();
        }
    }
}
