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
        List<String> options = new ArrayList<>(List.of("-Xms16m", "-Xmx128m", "-XX:MaxMetaspaceSize=64m"));
        options.addAll(COMPACT);
        options.addAll(quietLogging(dir));
        return options;
    }

    static List<String> service() {
        List<String> options = new ArrayList<>(List.of("-Xms32m", "-Xmx256m", "-XX:MaxMetaspaceSize=192m"));
        options.addAll(COMPACT);
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
