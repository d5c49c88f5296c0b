package org.nec.bench.drill;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.nec.localstack.MailServer;

/** The mail server's delivery journal: how many times each message (by its notification id) was accepted. */
final class MailJournal {

    private final Path file;

    MailJournal(Path stateDir) {
        this.file = stateDir.resolve("mail").resolve(MailServer.JOURNAL);
    }

    Map<String, Long> deliveries() {
        if (!Files.exists(file)) {
            return Map.of();
        }
        try (var lines = Files.lines(file)) {
            // a line cut short by a kill -9 has fewer fields, and no 250 was sent for it
            return lines.map(line -> line.split("\t")).filter(f -> f.length == 3).map(f -> f[1])
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
