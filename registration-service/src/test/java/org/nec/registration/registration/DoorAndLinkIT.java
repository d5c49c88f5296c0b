package org.nec.registration.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.nec.events.Topics;
import org.nec.events.registration.ManageLinkReissued;
import org.nec.events.registration.RegistrationConfirmed;
import org.nec.testing.EmbeddedInfrastructure;
import org.nec.testing.TopicRecords;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/** Checking in with the QR code's content, the volunteers' account, and "resend my link". */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "nec.check-in.password=door-secret-42")
@EmbeddedInfrastructure
class DoorAndLinkIT {

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    private RestClient http() {
        return RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { }).build();
    }

    private RestClient volunteer() {
        return http().mutate().defaultHeaders(h -> h.setBasicAuth("volunteer", "door-secret-42")).build();
    }

    private Map<?, ?> register(String email) {
        return http().post().uri("/api/registrations").contentType(MediaType.APPLICATION_JSON)
                .body(RegistrationScenarios.registrationFor(email)).retrieve().body(Map.class);
    }

    @Test
    void aVolunteerChecksInWithTheSignedCodeOfTheConfirmationAndNothingElse() {
        String id = (String) register("door-" + UUID.randomUUID() + "@example.org").get("id");
        String code;
        try (var records = new TopicRecords(bootstrapServers, Topics.REGISTRATION)) {
            code = await().atMost(Duration.ofSeconds(20)).until(() -> records.events().stream()
                    .filter(e -> e.aggregateId().equals(id)).map(e -> ((RegistrationConfirmed) e.payload())
                            .checkInCode()).findFirst().orElse(null), c -> c != null);
        }
        String forged = code.substring(0, code.lastIndexOf('.') + 1) + "AAAAAAAAAAAAAAAAAAAAAA";

        var admitted = volunteer().post().uri("/api/check-in").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("code", code)).retrieve().toEntity(Map.class);
        var again = volunteer().post().uri("/api/check-in").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("code", code)).retrieve().toBodilessEntity();
        var fake = volunteer().post().uri("/api/check-in").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("code", forged)).retrieve().toBodilessEntity();

        assertThat(code).startsWith("NEC1." + id + ".");
        assertThat(admitted.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(admitted.getBody()).containsEntry("registrationId", id).containsKey("checkedInAt");
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(fake.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(volunteer().get().uri("/api/admin/registrations").retrieve().toBodilessEntity().getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        var anonymous = http().get().uri("/check-in").header("Accept", "text/html").retrieve().toBodilessEntity();
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(anonymous.getHeaders().getLocation().getPath()).isEqualTo("/login");
        assertThat(http().post().uri("/api/check-in").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("code", code)).retrieve().toBodilessEntity().getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(volunteer().get().uri("/check-in").retrieve().toBodilessEntity().getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void resendingTheLinkAnswersTheSameForAnyAddressAndReplacesTheOldLink() {
        String email = "lost-" + UUID.randomUUID() + "@example.org";
        Map<?, ?> created = register(email);
        String id = (String) created.get("id");
        String oldToken = RegistrationScenarios.token(created);

        var known = http().post().uri("/api/manage-links").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("email", email.toUpperCase())).retrieve().toEntity(String.class);
        var unknown = http().post().uri("/api/manage-links").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("email", "nobody-" + UUID.randomUUID() + "@example.org")).retrieve()
                .toEntity(String.class);

        assertThat(known.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(known.getBody()).isEqualTo(unknown.getBody());
        try (var records = new TopicRecords(bootstrapServers, Topics.REGISTRATION)) {
            ManageLinkReissued reissued = await().atMost(Duration.ofSeconds(20)).until(() -> records.events()
                    .stream().filter(e -> e.aggregateId().equals(id) && e.payload() instanceof ManageLinkReissued)
                    .map(e -> (ManageLinkReissued) e.payload()).findFirst().orElse(null), e -> e != null);
            String newToken = reissued.manageUrl().substring(reissued.manageUrl().indexOf("token=") + 6);
            assertThat(reissued.email()).isEqualTo(email);
            assertThat(http().get().uri("/api/registrations/" + id).header("X-Manage-Token", newToken).retrieve()
                    .toBodilessEntity().getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(http().get().uri("/api/registrations/" + id).header("X-Manage-Token", oldToken).retrieve()
                    .toBodilessEntity().getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        }
    }
}
