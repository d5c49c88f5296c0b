package org.nec.localstack;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * When a component that died on its own is started again: after 1 s, then 2 s, 4 s … at most 30 s, counting the
 * crashes of the last 5 minutes; at the 5th crash within them, never, because a component that cannot stay up
 * needs a person. One policy per component.
 */
public final class RestartPolicy {

    /** What to do after a crash: restart after {@code delay}, or give up; {@code crashes} within the window. */
    public record Decision(boolean restart, Duration delay, int crashes) {
    }

    private final int maxCrashes;
    private final Duration window;
    private final Duration firstDelay;
    private final Duration maxDelay;
    private final Deque<Instant> crashes = new ArrayDeque<>();

    public RestartPolicy(int maxCrashes, Duration window, Duration firstDelay, Duration maxDelay) {
        if (maxCrashes < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("A policy needs at least one crash within a positive window");
        }
        this.maxCrashes = maxCrashes;
        this.window = window;
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
    }

    public static RestartPolicy standard() {
        return new RestartPolicy(5, Duration.ofMinutes(5), Duration.ofSeconds(1), Duration.ofSeconds(30));
    }

    public synchronized Decision crashed(Instant at) {
        crashes.addLast(at);
        while (!crashes.peekFirst().isAfter(at.minus(window))) {
            crashes.removeFirst();
        }
        int count = crashes.size();
        if (count >= maxCrashes) {
            return new Decision(false, Duration.ZERO, count);
        }
        Duration delay = firstDelay.multipliedBy(1L << Math.min(count - 1, 20));
        return new Decision(true, delay.compareTo(maxDelay) > 0 ? maxDelay : delay, count);
    }

    /** "crash 2 of 5 in 5 min", as the console says it. */
    public String describe(Decision decision) {
        return "crash " + decision.crashes() + " of " + maxCrashes + " in " + minutes(window);
    }

    /** "5 times within 5 min": when it gives up. */
    public String rule() {
        return maxCrashes + " times within " + minutes(window);
    }

    private static String minutes(Duration duration) {
        return duration.toSeconds() % 60 == 0 ? duration.toMinutes() + " min" : duration.toSeconds() + " s";
    }
}
