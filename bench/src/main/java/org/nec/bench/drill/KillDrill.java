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
    /** Shorter runs on a busy machine: {@code -Ddrill.loadSeconds=20 -Ddrill.faultAtSeconds=8}. */
    static final Duration LOAD = Duration.ofSeconds(Integer.getInteger("drill.loadSeconds", 30));
    static final Duration FAULT_AT = Duration.ofSeconds(Integer.getInteger("drill.faultAtSeconds", 12));
    /** How many mails must have gone out before notification-service is killed, and how long to wait for them. */
    static final int SENDING_FROM = 20;
    static final Duration SENDING_WAIT = Duration.ofSeconds(60);
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
                if ("notification".equals(component)) {
                    awaitSending(platform);
                }
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
                    + "%d twice, %d never, %d not SENT, %d of the once resent with the same Message-ID; "
                    + "%d calls never acknowledged; %s %s",
                    result.acknowledged(), acks.count(Kind.REGISTRATION), acks.count(Kind.SEAT),
                    acks.count(Kind.REMINDER), result.lost(), result.once(), result.twice(), result.never(),
                    result.pendingOrFailed(), result.repeated(), load.gaveUp(), component, back.get())
                    + (platform.failure() == null ? "" : "; platform gave up: " + platform.failure()));
        }
    }

    /**
     * notification-service is killed while it sends, not before its first mail (on a busy machine the first ones
     * go out well after the load began): only then can a message be cut off between the mail server's acceptance
     * and its SENT mark.
     */
    private static void awaitSending(DrillPlatform platform) {
        MailJournal journal = new MailJournal(platform.state());
        if (!Waits.until(SENDING_WAIT, () -> journal.deliveries().size() >= SENDING_FROM)) {
            Progress.say("no mail going out yet; killing anyway");
        }
    }
}
