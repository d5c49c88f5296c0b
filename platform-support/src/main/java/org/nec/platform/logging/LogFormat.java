package org.nec.platform.logging;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * {@code NEC_LOG_FORMAT=json} switches the console to Boot's structured logging (Elastic Common Schema, one JSON
 * object a line) for a log pipeline; anything else keeps plain text. An explicit
 * {@code logging.structured.format.console} still wins, since this source comes last.
 */
public class LogFormat implements EnvironmentPostProcessor {

    static final String VARIABLE = "NEC_LOG_FORMAT";
    static final String CONSOLE_FORMAT = "logging.structured.format.console";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> settings = settingsFor(environment.getProperty(VARIABLE));
        if (!settings.isEmpty()) {
            environment.getPropertySources().addLast(new MapPropertySource("necLogFormat", settings));
        }
    }

    static Map<String, Object> settingsFor(String format) {
        return format != null && "json".equalsIgnoreCase(format.trim()) ? Map.of(CONSOLE_FORMAT, "ecs") : Map.of();
    }
}
