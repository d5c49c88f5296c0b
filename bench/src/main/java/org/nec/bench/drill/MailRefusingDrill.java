package org.nec.bench.drill;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import org.bson.Document;
import org.nec.localstack.MailServer;

/**
 * The mail server refuses every message (451) for 60 s, 12 s into the load. Verdict: afterwards every owed mail
 * goes out exactly once, and none was marked FAILED meanwhile.
 */
final class MailRefusingDrill {

    private static final Duration REFUSING = Duration.ofSeconds(60);

    private MailRefusingDrill() {
    }

    static Verdict run(Path root) throws Exception {
        try (DrillPlatform platform = DrillPlatform.start(root, "mail-refusing");
             AckLog acks = new AckLog(platform.state().resolve("acks.log"))) {
            String session = Programme.publish(platform);
            Path refuse = platform.state().resolve("mail").resolve(MailServer.REFUSE);
            Set<String> failedEver = new HashSet<>();
            Set<String> refusedEver = new HashSet<>();
            Load.Outcome load = new Load(platform, acks, session).run(KillDrill.PER_SECOND, KillDrill.LOAD,
                    KillDrill.FAULT_AT, () -> {
                        try {
                            Files.createFile(refuse);
                            Progress.say("the mail server refuses everything for " + REFUSING.toSeconds() + " s");
                            // watch the delivery log meanwhile: a FAILED mark during the refusal would be too early
                            Waits.until(REFUSING, () -> {
                                watch(platform, failedEver, refusedEver);
                                return false;
                            });
                            Files.delete(refuse);
                            Progress.say("the mail server accepts again");
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    });
            Progress.say("load done: " + load.tried() + " tried, " + load.gaveUp() + " never acknowledged; settling");
            Audit audit = new Audit(platform, acks);
            Audit.Result result = audit.settle(Duration.ofMinutes(5));
            watch(platform, failedEver, refusedEver);
            audit.keep(result);
            boolean pass = result.clean() && failedEver.isEmpty() && !refusedEver.isEmpty();
            return new Verdict("mail-refusing", pass, String.format(
                    "%d acknowledged, %d lost; refused %d s: %d mails refused at least once, %d ever FAILED; "
                    + "afterwards %d delivered once, %d twice, %d never, %d not SENT, %d resent with the same Message-ID",
                    result.acknowledged(), result.lost(), REFUSING.toSeconds(), refusedEver.size(), failedEver.size(),
                    result.once(), result.twice(), result.never(), result.pendingOrFailed(), result.repeated()));
        }
    }

    private static void watch(DrillPlatform platform, Set<String> failed, Set<String> refused) {
        for (Document n : new Audit(platform, null).paged(platform.url("notification")
                + "/api/admin/notifications?size=200&page=")) {
            if ("FAILED".equals(n.getString("status"))) {
                failed.add(n.getString("id"));
            }
            if (n.getString("lastError") != null) {
                refused.add(n.getString("id"));
            }
        }
    }
}
