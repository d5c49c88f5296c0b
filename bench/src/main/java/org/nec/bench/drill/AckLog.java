package org.nec.bench.drill;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The client's record of every operation the platform acknowledged, one line each, written and flushed as the
 * acknowledgement arrives: what the checks hold the platform to, read back from the file.
 */
final class AckLog implements AutoCloseable {

    /** One acknowledged operation: a registration (email, token), a seat (session), a reminder (recipient). */
    record Ack(Kind kind, String id, String email, String extra) {
    }

    enum Kind { REGISTRATION, SEAT, REMINDER }

    private final Path file;
    private final OutputStream out;

    AckLog(Path file) {
        this.file = file;
        try {
            out = new FileOutputStream(file.toFile(), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    synchronized void acknowledged(Kind kind, String id, String email, String extra) {
        try {
            out.write((kind + "\t" + id + "\t" + email + "\t" + extra + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Ack> read() {
        try {
            return Files.readAllLines(file).stream().map(line -> line.split("\t", -1)).filter(f -> f.length == 4)
                    .map(f -> new Ack(Kind.valueOf(f[0]), f[1], f[2], f[3])).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long count(Kind kind) {
        return read().stream().filter(a -> a.kind() == kind).count();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
