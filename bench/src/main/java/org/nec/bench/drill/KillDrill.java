package org.nec.bench.drill;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import org.nec.bench.drill.AckLog.Kind;

/**
 * {@code kill -9} of one component 12 s into half a minute of load; the launcher brings it back. Verdict: no
 * acknowledged operation lost, every confirmation, seat mail and reminder delivered exactly once.
 */
final class KillDrill {

    static final int PER_SECOND = 10;
    static final Duration LOAD = Duration.ofSeconds(30);
    static final Duration FAULT_AT = Duration.ofSeconds(12);
    /** A message being sent when notification-service dies is leased for 2 min before it is taken over. */
    static final Duration SETTLE = Duration.ofMinutes(5);

    private KillDrill() {
    }

    static Verdict run(Path root, String component) throws Exception {
        String target = component;
        try (DrillPlatform platform = DrillPlatform.start(root, target);
             AckLog acks = new AckLog(platform.state().resolve("acks.log"))) {
            String session = Programme.publish(platform);
            AtomicReference<String> back = new AtomicReference<>("not killed");
            Load.Outcome load = new Load(platform, acks, session).run(PER_SECOND, LOAD, FAULT_AT, () -> {
                Instant killedAt = Instant.now();
                long pid = platform.kill(component);
                Progress.say("kill -9 " + component + " (pid " + pid + ")");
                double seconds = platform.awaitBack(component, pid, killedAt, Duration.ofMinutes(3));
                back.set(seconds < 0 ? "did not come back within 3 min" : String.format("back %.1f s after kill -9",
                        seconds));
                Progress.say(component + " " + back.get());
            });
            Progress.say("load done: " + load.tried() + " operations tried, " + load.gaveUp() + " never acknowledged;"
                    + " settling");
            Audit audit = new Audit(platform, acks);
            Audit.Result result = audit.settle(SETTLE);
            audit.keep(result);
            boolean pass = result.clean() && !back.get().startsWith("did not") && platform.failure() == null;
            return new Verdict(target, pass, String.format(
                    "%d acknowledged (%d registrations, %d seats, %d reminders), %d lost; mails: %d delivered once, "
                    + "%d twice, %d never, %d not SENT; %d calls never acknowledged; %s %s",
                    result.acknowledged(), acks.count(Kind.REGISTRATION), acks.count(Kind.SEAT),
                    acks.count(Kind.REMINDER), result.lost(), result.once(), result.twice(), result.never(),
                    result.pendingOrFailed(), load.gaveUp(), component, back.get())
                    + (platform.failure() == null ? "" : "; platform gave up: " + platform.failure()));
        }
    }
}
