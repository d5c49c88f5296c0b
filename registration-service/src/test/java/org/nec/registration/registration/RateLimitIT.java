package org.nec.registration.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.nec.testing.EmbeddedInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "nec.abuse.rate-limit-per-minute=3")
@EmbeddedInfrastructure
class RateLimitIT {

    @LocalServerPort
    int port;

    @Test
    void theFourthPublicPostWithinAMinuteIsRefusedWithRetryAfter() {
        RestClient http = RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { }).build();
        for (int i = 0; i < 3; i++) {
            assertThat(http.post().uri("/api/registrations").contentType(MediaType.APPLICATION_JSON)
                    .body(RegistrationScenarios.registrationFor("limit-" + UUID.randomUUID() + "@example.org"))
                    .retrieve().toBodilessEntity().getStatusCode()).isEqualTo(HttpStatus.CREATED);
        }

        var refused = http.post().uri("/api/registrations").contentType(MediaType.APPLICATION_JSON)
                .body(RegistrationScenarios.registrationFor("limit-" + UUID.randomUUID() + "@example.org"))
                .retrieve().toEntity(Map.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(Integer.parseInt(refused.getHeaders().getFirst("Retry-After"))).isBetween(1, 60);
        assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(http.get().uri("/api/ticket-types").retrieve().toBodilessEntity().getStatusCode())
                .as("reading is not limited").isEqualTo(HttpStatus.OK);
    }

    @Test
    void anOversizedBodyIsRefused() {
        RestClient http = RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { }).build();

        var refused = http.post().uri("/api/registrations").contentType(MediaType.APPLICATION_JSON)
                .body("{\"firstName\":\"" + "x".repeat(70_000) + "\"}").retrieve().toBodilessEntity();

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
    }
}
