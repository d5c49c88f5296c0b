package org.nec.bench.drill;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/** Bounded polling, as Awaitility does it: every half second until true or the deadline. */
final class Waits {

    private static final Duration POLL = Duration.ofMillis(500);

    private Waits() {
    }

    static boolean until(Duration timeout, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            try {
                if (condition.getAsBoolean()) {
                    return true;
                }
            } catch (RuntimeException e) {
                // not there yet: a component being restarted answers nothing
            }
            if (Instant.now().isAfter(deadline)) {
                return false;
            }
            pause(POLL);
        }
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
