package org.nec.registration.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.nec.events.Topics;
import org.nec.events.registration.ManageLinkReissued;
import org.nec.events.registration.RegistrationConfirmed;
import org.nec.events.registration.RegistrationUpdated;
import org.nec.registration.register.Registration;
import org.nec.registration.register.ManageToken;
import org.nec.registration.register.RegistrationScenarios;
import org.nec.registration.register.Sealed;
import org.nec.testing.EmbeddedInfrastructure;
import org.nec.testing.TopicRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

    @Autowired
    MongoTemplate mongo;

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
                    .filter(e -> e.aggregateId().equals(id)).map(e -> Sealed.checkInCode(id,
                            ((RegistrationConfirmed) e.payload()).sealedCheckInCode())).findFirst().orElse(null),
                    c -> c != null);
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
        var unsigned = http().post().uri("/api/check-in").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("code", code)).retrieve().toEntity(Map.class);
        assertThat(unsigned.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(unsigned.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(unsigned.getBody()).containsEntry("status", 401);
        assertThat(unsigned.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic ");
        assertThat(volunteer().get().uri("/check-in").retrieve().toBodilessEntity().getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void anAdminCallWithoutOrWithWrongCredentialsGetsTheSameProblemAndChallenge() {
        var missing = http().get().uri("/api/admin/registrations").retrieve().toEntity(Map.class);
        var wrong = http().get().uri("/api/admin/registrations")
                .headers(h -> h.setBasicAuth("organiser", "not-the-password-at-all")).retrieve().toEntity(Map.class);

        for (var answer : List.of(missing, wrong)) {
            assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(answer.getBody()).containsEntry("status", 401).containsKey("detail");
            assertThat(answer.getHeaders().getFirst("WWW-Authenticate")).isEqualTo("Basic realm=\"Realm\"");
        }
    }

    @Test
    void resendingWithoutAUsableAddressIsAFieldErrorAndAnyAddressElseIsAccepted() {
        for (Object bad : List.of("", "   ", "not-an-address", "a@" + "b".repeat(260) + ".org")) {
            var answer = http().post().uri("/api/manage-links").contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("email", bad)).retrieve().toEntity(Map.class);
            assertThat(answer.getStatusCode()).as("%s", bad).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat((List<?>) answer.getBody().get("errors")).as("%s", bad)
                    .anySatisfy(e -> assertThat(((Map<?, ?>) e).get("field")).isEqualTo("email"));
        }
        var missing = http().post().uri("/api/manage-links").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of()).retrieve().toEntity(Map.class);
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<?>) missing.getBody().get("errors"))
                .anySatisfy(e -> assertThat(((Map<?, ?>) e).get("field")).isEqualTo("email"));

        String known = "known-" + UUID.randomUUID() + "@example.org";
        register(known);
        var forKnown = resend(known, "192.0.2.77");
        var forUnknown = resend("nobody-" + UUID.randomUUID() + "@example.org", "192.0.2.78");
        assertThat(forKnown.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(forUnknown.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(forKnown.getBody()).isEqualTo(forUnknown.getBody());
    }

    private ResponseEntity<String> resend(String email, String client) {
        return http().post().uri("/api/manage-links").header("X-Forwarded-For", client)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("email", email)).retrieve()
                .toEntity(String.class);
    }

    private HttpStatusCode view(String id, String token) {
        return http().get().uri("/api/registrations/" + id).header("X-Manage-Token", token).retrieve()
                .toBodilessEntity().getStatusCode();
    }

    private static List<ManageLinkReissued> reissued(TopicRecords records, String id) {
        return records.events().stream().filter(e -> e.aggregateId().equals(id))
                .filter(e -> e.payload() instanceof ManageLinkReissued).map(e -> (ManageLinkReissued) e.payload())
                .toList();
    }

    private static String tokenOf(ManageLinkReissued event) {
        String url = Sealed.manageUrl(event.registrationId(), event.sealedManageUrl());
        return url.substring(url.indexOf("token=") + "token=".length());
    }

    @Test
    void resendingTheLinkAnswersTheSameForAnyAddressAndKeepsTheOldLinkUntilTheNewOneIsUsed() {
        String email = "lost-" + UUID.randomUUID() + "@example.org";
        Map<?, ?> created = register(email);
        String id = (String) created.get("id");
        String oldToken = RegistrationScenarios.token(created);

        var known = resend(email.toUpperCase(), "192.0.2.10");
        var unknown = resend("nobody-" + UUID.randomUUID() + "@example.org", "192.0.2.10");

        assertThat(known.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(known.getBody()).isEqualTo(unknown.getBody());
        try (var records = new TopicRecords(bootstrapServers, Topics.REGISTRATION)) {
            ManageLinkReissued event = await().atMost(Duration.ofSeconds(20))
                    .until(() -> reissued(records, id), list -> !list.isEmpty()).get(0);
            String newToken = tokenOf(event);
            assertThat(event.email()).isNull();
            assertThat(Sealed.personal(bootstrapServers, event).email()).isEqualTo(email);
            assertThat(event.manageTokenHash()).isEqualTo(ManageToken.hash(newToken));
            assertThat(event.previousManageTokenHash()).isEqualTo(ManageToken.hash(oldToken));
            assertThat(event.previousValidUntil()).isAfter(Instant.now().plus(Duration.ofHours(23)));

            assertThat(view(id, oldToken)).as("the old link still works after a resend").isEqualTo(HttpStatus.OK);
            assertThat(view(id, newToken)).as("the new link works").isEqualTo(HttpStatus.OK);
            assertThat(view(id, oldToken)).as("once the new link is used, the old one is gone")
                    .isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(view(id, newToken)).isEqualTo(HttpStatus.OK);
        }
    }

    @Test
    void theFourthResendForAnAddressWithinAnHourSendsNothingAndAnswersTheSame() {
        String email = "often-" + UUID.randomUUID() + "@example.org";
        Map<?, ?> created = register(email);
        String id = (String) created.get("id");
        try (var records = new TopicRecords(bootstrapServers, Topics.REGISTRATION)) {
            List<ResponseEntity<String>> answers = new ArrayList<>();
            for (int i = 1; i <= 3; i++) {
                answers.add(resend(email, "192.0.2." + (20 + i)));
            }
            await().atMost(Duration.ofSeconds(20)).until(() -> reissued(records, id), list -> list.size() == 3);
            String pendingBefore = mongo.findById(id, Registration.class).pendingTokenHash();

            var fourth = resend(email, "192.0.2.24");
            // a later change of the same registration is published after whatever the 4th resend wrote
            assertThat(http().patch().uri("/api/registrations/" + id).header("X-Manage-Token",
                            RegistrationScenarios.token(created)).contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("organisation", "Marker")).retrieve().toBodilessEntity().getStatusCode())
                    .isEqualTo(HttpStatus.OK);
            await().atMost(Duration.ofSeconds(20)).until(() -> records.events().stream()
                    .anyMatch(e -> e.aggregateId().equals(id) && e.payload() instanceof RegistrationUpdated));

            assertThat(fourth.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
            assertThat(answers).allSatisfy(a -> {
                assertThat(a.getStatusCode()).isEqualTo(fourth.getStatusCode());
                assertThat(a.getBody()).isEqualTo(fourth.getBody());
            });
            assertThat(reissued(records, id)).as("no 4th link, so no 4th mail").hasSize(3);
            assertThat(mongo.findById(id, Registration.class).pendingTokenHash()).isEqualTo(pendingBefore);
        }
    }

    @Test
    void oneClientGetsThreeResendsAnHourWhateverTheAddresses() {
        List<String> ids = new ArrayList<>();
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String email = "client-" + UUID.randomUUID() + "@example.org";
            emails.add(email);
            ids.add((String) register(email).get("id"));
        }
        try (var records = new TopicRecords(bootstrapServers, Topics.REGISTRATION)) {
            for (String email : emails) {
                assertThat(resend(email, "192.0.2.99").getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
            }
            await().atMost(Duration.ofSeconds(20)).until(() -> ids.subList(0, 3).stream()
                    .allMatch(id -> reissued(records, id).size() == 1));
            assertThat(resend(emails.get(3), "192.0.2.100").getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
            // this resend's event comes after any the blocked one could have written (same document, same key)
            String last = mongo.findById(ids.get(3), Registration.class).pendingTokenHash();
            await().atMost(Duration.ofSeconds(20)).until(() -> reissued(records, ids.get(3)).stream()
                    .anyMatch(e -> e.manageTokenHash().equals(last)));

            assertThat(ids.stream().mapToInt(id -> reissued(records, id).size()).sum())
                    .as("the 4th from the same client sent nothing; the same address from another client did")
                    .isEqualTo(4);
        }
    }
}
