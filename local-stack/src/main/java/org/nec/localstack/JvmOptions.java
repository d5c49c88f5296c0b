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
     * The client compiler only: the three services start in about 60% of the time on a small machine. For
     * throughput measurements, {@code NEC_SERVICE_JAVA_OPTS=-XX:TieredStopAtLevel=4} brings back the full JIT
     * (options given there come last and win).
     */
    static List<String> service() {
        List<String> options = new ArrayList<>(List.of("-Xms32m", "-Xmx256m", "-XX:MaxMetaspaceSize=192m",
                "-XX:TieredStopAtLevel=1"));
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
