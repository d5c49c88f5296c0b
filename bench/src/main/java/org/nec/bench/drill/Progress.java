package org.nec.bench.drill;

import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

/** What a drill is doing, on stderr, so stdout holds the verdict lines only. */
final class Progress {

    private Progress() {
    }

    static void say(String what) {
        System.err.println("[drill " + LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + "] " + what);
    }
}
