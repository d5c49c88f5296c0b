package org.nec.localstack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Heap and thread sizes of the local processes, chosen so the whole idle platform stays well under 2 GiB of
 * resident memory on a laptop, and quiet logging for the infrastructure.
 */
final class JvmOptions {

    private static final List<String> COMPACT = List.of("-XX:+UseSerialGC", "-Xss512k",
            "-XX:ReservedCodeCacheSize=64m", "-XX:MaxDirectMemorySize=64m", "-Dfile.encoding=UTF-8");

    private JvmOptions() {
    }

    static List<String> kafka(Path dir) {
        List<String> options = new ArrayList<>(List.of("-Xms32m", "-Xmx256m", "-XX:MaxMetaspaceSize=96m"));
        options.addAll(COMPACT);
        options.addAll(quietLogging(dir));
        return options;
    }

    static List<String> infrastructure(Path dir) {
        return infrastructure(dir, "128m");
    }

    /**
     * The heap may grow to {@code maxHeap} under load (the mail server keeps every mail in memory, the store
     * caches documents) while an idle process stays small: the serial collector grows it only when needed.
     */
    static List<String> infrastructure(Path dir, String maxHeap) {
        List<String> options = new ArrayList<>(List.of("-Xms16m", "-Xmx" + maxHeap, "-XX:MaxMetaspaceSize=64m"));
        options.addAll(COMPACT);
        options.addAll(quietLogging(dir));
        return options;
    }

    /**
     * The full JIT (tiered, up to the server compiler), measured on a 2-core machine against the client compiler
     * alone ({@code -XX:TieredStopAtLevel=1}): 5,000 reminders due within 30 s went out with a median lateness of
     * 1-11 s instead of 23-35 s (composing a mail decrypts, signs and draws a QR code: work the client compiler
     * leaves several times slower), and once warm, registrations ran at 64/s with a p99 of 1.0 s instead of
     * 53-58/s and 1.4 s. It costs about 170 MiB more resident memory across the services; ready times were
     * decided by the machine's load, not the compiler. {@code NEC_SERVICE_JAVA_OPTS} adds options that come last
     * and win, e.g. {@code -XX:TieredStopAtLevel=1} for the smaller footprint.
     */
    static List<String> service() {
        List<String> options = new ArrayList<>(List.of("-Xms32m", "-Xmx256m", "-XX:MaxMetaspaceSize=192m"));
        options.addAll(COMPACT);
        String extra = System.getenv("NEC_SERVICE_JAVA_OPTS");
        if (extra != null && !extra.isBlank()) {
            options.addAll(List.of(extra.trim().split("\\s+")));
        }
        return options;
    }

    /** Warnings only: from slf4j-simple (./nec up) or Logback (when started from a test's classpath). */
    private static List<String> quietLogging(Path dir) {
        return List.of("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-Dorg.slf4j.simpleLogger.showDateTime=true",
                "-Dlogback.configurationFile=" + QuietLogback.file(dir),
                "-Dlog4j2.level=WARN");
    }
}
