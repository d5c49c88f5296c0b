package org.nec.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.web.client.RestClient;

/** What an operator reads from the front door: its metrics, and its logs as JSON when asked. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "nec.organiser.password=operating-secret-42")
class OperatingIT {

    @LocalServerPort
    int port;

    @Test
    void prometheusScrapesRequestLatencyHistograms() {
        RestClient http = RestClient.create("http://127.0.0.1:" + port);
        http.get().uri("/actuator/health").retrieve().toBodilessEntity();

        String scraped = http.get().uri("/actuator/prometheus").retrieve().body(String.class);

        assertThat(scraped).contains("http_server_requests_seconds_bucket{", "uri=\"/actuator/health\"");
    }

    @Test
    void necLogFormatJsonSwitchesTheConsoleToEcsAndAnythingElseKeepsText() throws IOException {
        assertThat(consoleFormatWith("json")).isEqualTo("ecs");
        assertThat(consoleFormatWith("text")).isEmpty();
        assertThat(consoleFormatWith(null)).isEmpty();
    }

    private static String consoleFormatWith(String necLogFormat) throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        new YamlPropertySourceLoader().load("gateway", new ClassPathResource("application.yml"))
                .forEach(environment.getPropertySources()::addLast);
        if (necLogFormat != null) {
            environment.getPropertySources().addFirst(new MapPropertySource("env",
                    Map.of("NEC_LOG_FORMAT", necLogFormat)));
        }
        return environment.getProperty("logging.structured.format.console");
    }
}
