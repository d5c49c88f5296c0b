package org.nec.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComponentLogTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    @Test
    void aQuietComponentWritesItsFileOnlyAndKeepsItsLastLines() throws Exception {
        ComponentLog log = ComponentLog.file("notification", dir, print(), false);

        IntStream.rangeClosed(1, 25).forEach(i -> log.line("line " + i));
        log.close();

        assertThat(console.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(Files.readAllLines(dir.resolve("notification.log"))).hasSize(25).startsWith("line 1");
        assertThat(log.tail()).hasSize(20).startsWith("line 6").endsWith("line 25");
    }

    @Test
    void aVerboseComponentAlsoPrintsItsLinesPrefixedWithItsName() throws Exception {
        ComponentLog log = ComponentLog.file("mongo", dir, print(), true);

        log.line("listening");
        log.close();

        assertThat(console.toString(StandardCharsets.UTF_8)).isEqualTo("mongo        | listening\n");
        assertThat(Files.readString(dir.resolve("mongo.log"))).isEqualTo("listening\n");
    }

    @Test
    void aFullFileIsRotatedAndThreeOldOnesAreKept() throws Exception {
        ComponentLog log = new ComponentLog("kafka", dir.resolve("kafka.log"), print(), false, 100);

        // 10 bytes a line, 10 lines a file: 55 lines fill five files and start a sixth
        IntStream.rangeClosed(1, 55).forEach(i -> log.line(String.format("line %04d", i)));
        log.close();

        assertThat(Files.readAllLines(dir.resolve("kafka.log"))).containsExactly("line 0051", "line 0052",
                "line 0053", "line 0054", "line 0055");
        assertThat(Files.readAllLines(dir.resolve("kafka.log.1"))).hasSize(10).startsWith("line 0041");
        assertThat(Files.readAllLines(dir.resolve("kafka.log.3"))).startsWith("line 0021");
        assertThat(dir.resolve("kafka.log.4")).doesNotExist();
    }

    @Test
    void aRestartAppendsToTheSameFile() throws Exception {
        ComponentLog first = ComponentLog.file("mail", dir, print(), false);
        first.line("first run");
        first.close();
        ComponentLog second = ComponentLog.file("mail", dir, print(), false);
        second.mark("---- restarted");
        second.line("second run");
        second.close();

        assertThat(Files.readAllLines(dir.resolve("mail.log"))).containsExactly("first run", "---- restarted",
                "second run");
        assertThat(second.tail()).containsExactly("second run");
    }

    private PrintStream print() {
        return new PrintStream(console, true, StandardCharsets.UTF_8);
    }
}
