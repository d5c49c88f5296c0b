package org.nec.platform.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class LogFormatTest {

    private static String consoleFormatWith(String variable) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        if (variable != null) {
            environment.getPropertySources().addFirst(new MapPropertySource("test",
                    Map.of(LogFormat.VARIABLE, variable)));
        }
        new LogFormat().postProcessEnvironment(environment, new SpringApplication());
        return environment.getProperty(LogFormat.CONSOLE_FORMAT);
    }

    @Test
    void jsonTurnsTheConsoleIntoElasticCommonSchemaLines() {
        assertThat(consoleFormatWith("json")).isEqualTo("ecs");
        assertThat(consoleFormatWith(" JSON ")).isEqualTo("ecs");
    }

    @Test
    void anythingElseKeepsPlainText() {
        assertThat(consoleFormatWith(null)).isNull();
        assertThat(consoleFormatWith("text")).isNull();
        assertThat(consoleFormatWith("")).isNull();
    }

    @Test
    void anExplicitStructuredFormatWins() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test",
                Map.of(LogFormat.VARIABLE, "json", LogFormat.CONSOLE_FORMAT, "logstash")));

        new LogFormat().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty(LogFormat.CONSOLE_FORMAT)).isEqualTo("logstash");
    }
}
