package org.nec.registration.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.nec.testing.EmbeddedInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * After a registration, Prometheus finds the operator's figures on {@code /actuator/prometheus}. This service
 * consumes no topic: the consumer lag is checked where there are consumers (agenda, notification).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedInfrastructure
class MetricsIT {

    @LocalServerPort
    int port;

    @Test
    void aRegistrationShowsInTheMetricsWithTheOutboxConsumersAndRequestLatencies() {
        RestClient http = RestClient.create("http://127.0.0.1:" + port);
        var created = http.post().uri("/api/registrations").contentType(MediaType.APPLICATION_JSON)
                .body(RegistrationScenarios.registrationFor("metrics-" + UUID.randomUUID() + "@example.org"))
                .retrieve().toEntity(Map.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);

        String scraped = http.get().uri("/actuator/prometheus").retrieve().body(String.class);

        assertThat(scraped).contains("nec_registrations{status=\"CONFIRMED\"}", "nec_registrations{status=\"WAITLISTED\"}",
                "nec_outbox_pending{collection=\"registrations\"}",
                "nec_outbox_oldest_age_seconds{collection=\"registrations\"}",
                "http_server_requests_seconds_bucket{");
        // the count is read at most every 15 s: an earlier scrape may still answer
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                confirmed(http.get().uri("/actuator/prometheus").retrieve().body(String.class)))
                .isGreaterThanOrEqualTo(1));
    }

    private static double confirmed(String scraped) {
        String line = scraped.lines().filter(l -> l.startsWith("nec_registrations{status=\"CONFIRMED\"}"))
                .findFirst().orElseThrow();
        return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
    }
}
