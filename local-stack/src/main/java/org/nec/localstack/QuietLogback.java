package org.nec.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A Logback configuration at WARN, for infrastructure started from a classpath that carries Logback. */
final class QuietLogback {

    private static final String CONFIG = """
            <configuration>
              <appender name="OUT" class="ch.qos.logback.core.ConsoleAppender">
                <encoder><pattern>%d{HH:mm:ss.SSS} %-5level %logger{36} - %msg%n</pattern></encoder>
              </appender>
              <root level="WARN"><appender-ref ref="OUT"/></root>
            </configuration>
            """;

    private QuietLogback() {
    }

    static Path file(Path dir) {
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve("logback-quiet.xml");
            Files.writeString(file, CONFIG);
            return file.toAbsolutePath();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write " + dir, e);
        }
    }
}
