package org.nec.bench.drill;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bson.Document;
import org.nec.bench.drill.AckLog.Ack;
import org.nec.bench.drill.AckLog.Kind;

/**
 * Holds the platform to the client's log: every acknowledged registration is in registration-service, every
 * acknowledged seat in the attendee's agenda, every acknowledged reminder in the delivery log; and the mail each
 * of them owes (confirmation, seat mail, reminder) was accepted by the mail server exactly once, counted in its
 * delivery journal.
 */
final class Audit {

    /** The figures of one look; {@code problems} names the first few operations that fall short. */
    /** {@code repeated}: delivered once, and resent with the same {@code Message-ID}, which the mailbox dropped. */
    record Result(long acknowledged, long lost, long once, long twice, long never, long pendingOrFailed,
                  long repeated, List<String> problems) {

        boolean clean() {
            return lost == 0 && twice == 0 && never == 0 && pendingOrFailed == 0;
        }
    }

    private static final Set<String> CONFIRMATIONS = Set.of("REGISTRATION_CONFIRMED", "REGISTRATION_WAITLISTED");
    private static final Set<String> SEAT_MAILS = Set.of("SEAT_CONFIRMED", "SEAT_WAITLISTED");

    private final DrillPlatform platform;
    private final AckLog acks;

    Audit(DrillPlatform platform, AckLog acks) {
        this.platform = platform;
        this.acks = acks;
    }

    /** Looks again every few seconds until every owed mail went out once, or the deadline; the last look. */
    Result settle(Duration atMost) {
        Instant deadline = Instant.now().plus(atMost);
        Result result = null;
        while (true) {
            try {
                result = look();
                if (result.lost() == 0 && result.never() == 0 && result.pendingOrFailed() == 0) {
                    // a message re-sent after a lease shows up later: one more look a lease's margin after
                    return result;
                }
            } catch (RuntimeException e) {
                Progress.say("not checkable yet: " + e.getMessage());
            }
            if (Instant.now().isAfter(deadline)) {
                return result == null ? look() : result;
            }
            Waits.pause(Duration.ofSeconds(5));
        }
    }

    Result look() {
        List<Ack> all = acks.read();
        Set<String> registered = registrationIds();
        Map<String, List<Document>> mailsByRecipient = new HashMap<>();
        for (Document n : paged(platform.url("notification") + "/api/admin/notifications?size=200&page=")) {
            mailsByRecipient.computeIfAbsent(n.getString("recipient"), k -> new ArrayList<>()).add(n);
        }
        MailJournal mailJournal = new MailJournal(platform.state());
        Map<String, Long> journal = mailJournal.deliveries();
        Map<String, Long> repeats = mailJournal.repeats();
        Map<String, String> tokens = new HashMap<>();
        all.stream().filter(a -> a.kind() == Kind.REGISTRATION).forEach(a -> tokens.put(a.id(), a.extra()));
        long lost = 0, once = 0, twice = 0, never = 0, pending = 0, repeated = 0;
        List<String> problems = new ArrayList<>();
        for (Ack ack : all) {
            boolean kept = switch (ack.kind()) {
                case REGISTRATION -> registered.contains(ack.id());
                case SEAT -> hasSeat(ack, tokens.get(ack.id()));
                case REMINDER -> mailsByRecipient.getOrDefault(ack.email(), List.of()).stream()
                        .anyMatch(n -> ack.id().equals(n.getString("_id")) || ack.id().equals(n.getString("id")));
            };
            if (!kept) {
                lost++;
                note(problems, "lost: " + ack);
                continue;
            }
            Set<String> types = switch (ack.kind()) {
                case REGISTRATION -> CONFIRMATIONS;
                case SEAT -> SEAT_MAILS;
                case REMINDER -> Set.of("EVENT_REMINDER");
            };
            List<Document> owed = mailsByRecipient.getOrDefault(ack.email(), List.of()).stream()
                    .filter(n -> types.contains(n.getString("type"))).toList();
            if (owed.isEmpty()) {
                never++;
                note(problems, "no mail logged for " + ack);
                continue;
            }
            if (owed.stream().anyMatch(n -> !"SENT".equals(n.getString("status")))) {
                pending++;
                note(problems, "not SENT yet: " + ack + " " + owed);
            }
            long delivered = owed.stream().mapToLong(n -> journal.getOrDefault(n.getString("id"), 0L)).sum();
            if (delivered == 0) {
                never++;
                note(problems, "never delivered: " + ack);
            } else if (delivered == 1) {
                once++;
                long resent = owed.stream().mapToLong(n -> repeats.getOrDefault(n.getString("id"), 0L)).sum();
                if (resent > 0) {
                    repeated++;
                    note(problems, "resent " + resent + " more time(s) with the same Message-ID: " + ack);
                }
            } else {
                twice++;
                note(problems, "delivered " + delivered + " times: " + ack + " " + owed);
            }
        }
        return new Result(all.size(), lost, once, twice, never, pending, repeated, problems);
    }

    /** Writes every problem of the last look to {@code audit.txt} in the state directory, for a closer look. */
    void keep(Result result) {
        try {
            Files.write(platform.state().resolve("audit.txt"), result.problems());
        } catch (IOException e) {
            Progress.say("cannot keep the audit: " + e.getMessage());
        }
    }

    private Set<String> registrationIds() {
        Set<String> ids = new HashSet<>();
        paged(platform.url("registration") + "/api/admin/registrations?size=200&page=")
                .forEach(r -> ids.add(r.getString("id")));
        return ids;
    }

    /** Every item of an admin list, page by page (at most 200 an answer). */
    List<Document> paged(String urlEndingInPage) {
        List<Document> all = new ArrayList<>();
        for (int page = 0; page < 1_000; page++) {
            List<Document> rows = platform.api.adminList(urlEndingInPage + page);
            all.addAll(rows);
            if (rows.size() < 200) {
                break;
            }
        }
        return all;
    }

    private boolean hasSeat(Ack seat, String token) {
        Api.Answer agenda = platform.api.send("GET", platform.url("agenda") + "/api/registrations/" + seat.id()
                + "/agenda", null, Map.of("X-Manage-Token", token == null ? "" : token));
        if (agenda.status() == 0 || agenda.status() >= 500) {
            throw new IllegalStateException("agenda-service answered " + agenda.status());
        }
        return agenda.ok() && agenda.body().contains(seat.extra());
    }

    private static void note(List<String> problems, String problem) {
        if (problems.size() < 200) {
            problems.add(problem);
        }
    }
}
