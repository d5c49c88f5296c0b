package org.nec.registration.abuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.nec.registration.register.RegistrationScenarios;
import org.nec.testing.EmbeddedInfrastructure;
import org.nec.testing.TestAccounts;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
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

    private RestClient http() {
        return RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { }).build();
    }

    private HttpStatusCode registerFrom(String client) {
        return http().post().uri("/api/registrations").header("X-Forwarded-For", client)
                .contentType(MediaType.APPLICATION_JSON)
                .body(RegistrationScenarios.registrationFor("limit-" + UUID.randomUUID() + "@example.org"))
                .retrieve().toBodilessEntity().getStatusCode();
    }

    @Test
    void guessingInvitationCodesCountsAgainstThePublicLimit() {
        List<HttpStatusCode> guesses = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Map<String, Object> body = new java.util.HashMap<>(RegistrationScenarios.registrationFor(
                    "guess-" + UUID.randomUUID() + "@example.org", "SPEAKER"));
            body.put("voucher", "GUESS" + i + "ABCDEFG");
            guesses.add(http().post().uri("/api/registrations").header("X-Forwarded-For", "203.0.113.55")
                    .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toBodilessEntity()
                    .getStatusCode());
        }

        assertThat(guesses).containsExactly(HttpStatus.BAD_REQUEST, HttpStatus.BAD_REQUEST, HttpStatus.BAD_REQUEST,
                HttpStatus.TOO_MANY_REQUESTS);
    }

    @Test
    void signedInCheckInScansAreNotCountedAgainstThePublicLimit() {
        RestClient desk = http().mutate().defaultHeaders(h -> {
            h.setBasicAuth(TestAccounts.ORGANISER, TestAccounts.ORGANISER_PASSWORD);
            h.set("X-Forwarded-For", "198.51.100.7");
        }).build();
        List<HttpStatusCode> scans = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            scans.add(desk.post().uri("/api/check-in").contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("code", "NEC1.unknown-" + i + ".AAAA")).retrieve().toBodilessEntity()
                    .getStatusCode());
        }

        assertThat(scans).as("each scan reached the check-in (signed in, the code refused), none was limited")
                .hasSize(40).containsOnly(HttpStatus.BAD_REQUEST);
        assertThat(List.of(registerFrom("198.51.100.7"), registerFrom("198.51.100.7"), registerFrom("198.51.100.7")))
                .as("the desk's address still has its whole public budget").containsOnly(HttpStatus.CREATED);
        assertThat(registerFrom("198.51.100.7")).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    }

    @Test
    void clientsBehindTheSameProxyHaveBudgetsOfTheirOwn() {
        for (int i = 0; i < 3; i++) {
            assertThat(registerFrom("203.0.113.1")).isEqualTo(HttpStatus.CREATED);
        }
        assertThat(registerFrom("203.0.113.1")).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);

        assertThat(registerFrom("203.0.113.2")).as("another client behind the same proxy")
                .isEqualTo(HttpStatus.CREATED);
    }
}
