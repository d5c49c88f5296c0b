package org.nec.agenda.signup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.nec.agenda.attendee.AttendeeProjection;
import org.nec.events.EventEnvelope;
import org.nec.events.EventJson;
import org.nec.events.Topics;
import org.nec.events.registration.ManageTokenHash;
import org.nec.events.registration.RegistrationCancelled;
import org.nec.events.registration.RegistrationConfirmed;
import org.nec.testing.EmbeddedInfrastructure;
import org.nec.testing.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.json.JsonMapper;

/** A workshop of 20 seats and 200 attendees who want in, all at once. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.application.name=signup-tests")
@EmbeddedInfrastructure
class SignupIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    KafkaTemplate<String, Object> kafka;

    @Autowired
    AttendeeProjection attendees;

    private RestClient organiser() {
        return RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultHeaders(h -> h.setBasicAuth(TestAccounts.ORGANISER, TestAccounts.ORGANISER_PASSWORD))
                .defaultStatusHandler(status -> true, (request, response) -> { }).build();
    }

    private String create(String path, Map<String, Object> body) {
        return (String) organiser().post().uri(path).contentType(MediaType.APPLICATION_JSON).body(body).retrieve()
                .body(Map.class).get("id");
    }

    private String session(String room, String start, String end, int capacity) {
        return create("/api/admin/sessions", Map.of("title", Map.of("fr", "Atelier", "en", "Workshop"),
                "type", "WORKSHOP", "roomId", room, "start", start, "end", end, "capacity", capacity,
                "signupRequired", true));
    }

    private HttpResponse<String> call(HttpClient http, String method, String path, String token, String body) {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("X-Manage-Token", token).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body)).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).join();
    }

    private Map<?, ?> json(HttpResponse<String> response) {
        return JSON.readValue(response.body(), Map.class);
    }

    @Test
    void twoHundredSignUpsForTwentySeatsThenCancellationsPromoteInOrder() throws Exception {
        String room = create("/api/admin/rooms", Map.of("name", "Salle Ostrom " + UUID.randomUUID(), "capacity", 60));
        String workshop = session(room, "2026-12-03T10:00:00+01:00", "2026-12-03T12:00:00+01:00", 20);
        String otherRoom = create("/api/admin/rooms", Map.of("name", "Salle Lovelace " + UUID.randomUUID(),
                "capacity", 60));
        String overlapping = session(otherRoom, "2026-12-03T11:00:00+01:00", "2026-12-03T12:30:00+01:00", 50);
        assertThat(organiser().post().uri("/api/admin/schedule/releases").retrieve().toBodilessEntity()
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);

        List<String> ids = IntStream.range(0, 200).mapToObj(i -> UUID.randomUUID().toString()).toList();
        for (String id : ids) {
            var confirmed = new RegistrationConfirmed(id, "P", "N", id + "@example.org", null, "MEMBER", "fr",
                    "http://x/manage/" + id, ManageTokenHash.of("token-" + id), "code");
            kafka.send(Topics.REGISTRATION, id, EventJson.toBytes(EventEnvelope.wrap(confirmed, Instant.now())));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> ids.stream()
                .allMatch(id -> attendees.confirmedWithToken(id, "token-" + id).isPresent()));

        HttpClient http = HttpClient.newHttpClient();
        List<CompletableFuture<Map<?, ?>>> calls = new ArrayList<>();
        for (String id : ids) {
            calls.add(CompletableFuture.supplyAsync(() -> json(call(http, "POST",
                    "/api/sessions/" + workshop + "/signups", "token-" + id, "{\"registrationId\":\"" + id + "\"}"))));
        }
        List<Map<?, ?>> results = calls.stream().map(CompletableFuture::join).toList();

        assertThat(results).filteredOn(r -> "SEATED".equals(r.get("status"))).hasSize(20);
        List<Integer> positions = results.stream().filter(r -> "WAITLISTED".equals(r.get("status")))
                .map(r -> (Integer) r.get("position")).sorted().toList();
        assertThat(positions).containsExactlyElementsOf(IntStream.rangeClosed(1, 180).boxed().toList());

        Map<String, Integer> before = new java.util.HashMap<>();
        ids.forEach(id -> before.put(id, position(http, id, workshop)));
        List<String> line = ids.stream().filter(id -> before.get(id) > 0)
                .sorted(Comparator.comparingInt(before::get)).toList();
        List<String> seated = ids.stream().filter(id -> before.get(id) == 0).toList();
        assertThat(line).hasSize(180);
        for (String id : seated.subList(0, 5)) {
            assertThat(call(http, "DELETE", "/api/sessions/" + workshop + "/signups/" + id, "token-" + id, null)
                    .statusCode()).isEqualTo(200);
        }
        assertThat(line.subList(0, 5)).allMatch(id -> position(http, id, workshop) == 0);
        assertThat(position(http, line.get(5), workshop)).isEqualTo(1);

        String stillSeated = seated.get(5);
        var feed = http.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/agenda/"
                + stillSeated + ".ics?token=token-" + stillSeated)).build(), HttpResponse.BodyHandlers.ofString()).join();
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.body()).contains("BEGIN:VCALENDAR", "UID:" + workshop + "@numerique-en-communs");
        var clash = call(http, "POST", "/api/sessions/" + overlapping + "/signups", "token-" + stillSeated,
                "{\"registrationId\":\"" + stillSeated + "\"}");
        assertThat(clash.statusCode()).isEqualTo(409);
        assertThat(call(http, "POST", "/api/sessions/" + overlapping + "/signups", "wrong-token",
                "{\"registrationId\":\"" + stillSeated + "\"}").statusCode()).isEqualTo(404);

        kafka.send(Topics.REGISTRATION, stillSeated, EventJson.toBytes(EventEnvelope.wrap(new RegistrationCancelled(
                stillSeated, "P", stillSeated + "@example.org", "MEMBER", "fr"), Instant.now())));
        await().atMost(Duration.ofSeconds(20)).until(() -> position(http, line.get(5), workshop) == 0);
        assertThat(position(http, line.get(6), workshop)).isEqualTo(1);
        Map<?, ?> programme = RestClient.create("http://127.0.0.1:" + port).get().uri("/api/programme").retrieve()
                .body(Map.class);
        assertThat((List<Map<?, ?>>) programme.get("sessions")).filteredOn(s -> workshop.equals(s.get("id")))
                .singleElement().satisfies(s -> assertThat(s.get("seatsTaken")).isEqualTo(20));
    }

    /** 0 when seated, the place in line when waiting. */
    private int position(HttpClient http, String id, String sessionId) {
        List<?> agenda = JSON.readValue(call(http, "GET", "/api/registrations/" + id + "/agenda", "token-" + id, null)
                .body(), List.class);
        return agenda.stream().map(h -> (Map<?, ?>) h)
                .filter(h -> sessionId.equals(((Map<?, ?>) h.get("session")).get("id")))
                .map(h -> (Map<?, ?>) h.get("signup"))
                .map(s -> "SEATED".equals(s.get("status")) ? 0 : (Integer) s.get("position"))
                .findFirst().orElse(-1);
    }
}
