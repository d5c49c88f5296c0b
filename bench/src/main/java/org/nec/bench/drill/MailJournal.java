package org.nec.bench.drill;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.nec.localstack.MailServer;

/**
 * The mail server's delivery journal: how many times each message (by its notification id) was put in a mailbox,
 * and how many times it came again with the same {@code Message-ID} and was accepted without being put there.
 */
final class MailJournal {

    private final Path file;

    MailJournal(Path stateDir) {
        this.file = stateDir.resolve("mail").resolve(MailServer.JOURNAL);
    }

    private static final int NOTIFICATION = 1;
    private static final int RECIPIENT = 2;

    /** Per notification id, the deliveries put in a mailbox. */
    Map<String, Long> deliveries() {
        return count(MailServer.KEPT, NOTIFICATION);
    }

    /** Per recipient address, the deliveries put in their mailbox. */
    Map<String, Long> deliveriesByRecipient() {
        return count(MailServer.KEPT, RECIPIENT);
    }

    /** Per notification id, the repeats of a message already delivered (same {@code Message-ID}). */
    Map<String, Long> repeats() {
        return count(MailServer.REPEAT, NOTIFICATION);
    }

    /** Per notification id, every time the mail server accepted it, repeats included. */
    Map<String, Long> accepted() {
        return count(null, NOTIFICATION);
    }

    private Map<String, Long> count(String outcome, int field) {
        if (!Files.exists(file)) {
            return Map.of();
        }
        try (var lines = Files.lines(file)) {
            // a line cut short by a kill -9 has fewer fields, and no 250 was sent for it
            return lines.map(line -> line.split("\t")).filter(f -> f.length == 5 && (outcome == null || f[4].equals(outcome)))
                    .map(f -> f[field]).collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
