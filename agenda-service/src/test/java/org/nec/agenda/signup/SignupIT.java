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
import org.nec.agenda.schedule.Release;
import org.nec.agenda.schedule.Releases;
import org.nec.events.EventEnvelope;
import org.nec.events.EventJson;
import org.nec.events.Topics;
import org.nec.events.agenda.SeatPromoted;
import org.nec.events.agenda.SeatReleased;
import org.nec.events.registration.ManageTokenHash;
import org.nec.events.registration.RegistrationCancelled;
import org.nec.events.registration.RegistrationConfirmed;
import org.nec.testing.EmbeddedInfrastructure;
import org.nec.testing.TestAccounts;
import org.nec.testing.TopicRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.json.JsonMapper;

/** A workshop of 20 seats and 200 attendees who want in, all at once; workshops whose capacity changes. */
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

    @Autowired
    Releases releases;

    @Autowired
    Signups signups;

    @Autowired
    ApplicationEventPublisher events;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

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

    private String publish() {
        var release = organiser().post().uri("/api/admin/schedule/releases").retrieve().toEntity(Map.class);
        assertThat(release.getStatusCode()).as(String.valueOf(release.getBody())).isEqualTo(HttpStatus.CREATED);
        return String.valueOf(release.getBody().get("version"));
    }

    /** Registrations confirmed upstream, as agenda-service has learnt them from registration.events. */
    private List<String> confirmedAttendees(int count) {
        List<String> ids = IntStream.range(0, count).mapToObj(i -> UUID.randomUUID().toString()).toList();
        for (String id : ids) {
            var confirmed = new RegistrationConfirmed(id, "P", "N", id + "@example.org", null, "MEMBER", "fr",
                    "http://x/manage/" + id, ManageTokenHash.of("token-" + id), "code");
            kafka.send(Topics.REGISTRATION, id, EventJson.toBytes(EventEnvelope.wrap(confirmed, Instant.now())));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> ids.stream()
                .allMatch(id -> attendees.confirmedWithToken(id, "token-" + id).isPresent()));
        return ids;
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
        publish();

        List<String> ids = confirmedAttendees(200);

        HttpClient http = HttpClient.newHttpClient();
        List<CompletableFuture<Map<?, ?>>> calls = new ArrayList<>();
        for (String id : ids) {
            calls.add(CompletableFuture.supplyAsync(() -> json(signUp(http, workshop, id))));
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
        seated.subList(0, 5).forEach(id -> leave(http, workshop, id));
        assertThat(line.subList(0, 5)).allMatch(id -> position(http, id, workshop) == 0);
        assertThat(position(http, line.get(5), workshop)).isEqualTo(1);

        String stillSeated = seated.get(5);
        var feed = http.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/agenda/"
                + stillSeated + ".ics?token=token-" + stillSeated)).build(), HttpResponse.BodyHandlers.ofString()).join();
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.body()).contains("BEGIN:VCALENDAR", "UID:" + workshop + "@numerique-en-communs");
        assertThat(signUp(http, overlapping, stillSeated).statusCode()).isEqualTo(409);
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

    @Test
    void raisingTheCapacityOfAPublishedWorkshopSeatsTheFirstInLineOnce() {
        String room = create("/api/admin/rooms", Map.of("name", "Salle Gide " + UUID.randomUUID(), "capacity", 60));
        String workshop = session(room, "2026-12-04T10:00:00+01:00", "2026-12-04T12:00:00+01:00", 2);
        publish();
        List<String> ids = confirmedAttendees(4);
        HttpClient http = HttpClient.newHttpClient();
        List<String> statuses = ids.stream().map(id -> String.valueOf(json(signUp(http, workshop, id)).get("status")))
                .toList();
        assertThat(statuses).containsExactly("SEATED", "SEATED", "WAITLISTED", "WAITLISTED");

        organiser().patch().uri("/api/admin/sessions/" + workshop).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("capacity", 3)).retrieve().toBodilessEntity();
        publish();
        events.publishEvent(releases.latest().orElseThrow());

        assertThat(ids).extracting(id -> position(http, id, workshop)).containsExactly(0, 0, 0, 1);
        assertThat(programmed(workshop)).containsEntry("capacity", 3).containsEntry("seatsTaken", 3);
        try (var records = new TopicRecords(bootstrapServers, Topics.AGENDA)) {
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(records.events())
                    .extracting(EventEnvelope::payload).filteredOn(SeatPromoted.class::isInstance)
                    .filteredOn(p -> workshop.equals(((SeatPromoted) p).sessionId()))
                    .containsExactly(new SeatPromoted(workshop, ids.get(2))));
        }
    }

    @Test
    void loweringTheCapacityKeepsEveryHolderAndSeatsNobodyNewUntilBelowIt() {
        String room = create("/api/admin/rooms", Map.of("name", "Salle Ostrom " + UUID.randomUUID(), "capacity", 60));
        String workshop = session(room, "2026-12-04T14:00:00+01:00", "2026-12-04T16:00:00+01:00", 3);
        publish();
        Release forThree = releases.latest().orElseThrow();
        List<String> ids = confirmedAttendees(4);
        HttpClient http = HttpClient.newHttpClient();
        ids.forEach(id -> signUp(http, workshop, id));

        organiser().patch().uri("/api/admin/sessions/" + workshop).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("capacity", 1)).retrieve().toBodilessEntity();
        publish();

        assertThat(ids).extracting(id -> position(http, id, workshop)).containsExactly(0, 0, 0, 1);
        assertThat(programmed(workshop)).containsEntry("capacity", 1).containsEntry("seatsTaken", 3);
        leave(http, workshop, ids.get(0));
        events.publishEvent(forThree);
        leave(http, workshop, ids.get(1));
        assertThat(position(http, ids.get(3), workshop)).isEqualTo(1);
        leave(http, workshop, ids.get(2));
        assertThat(position(http, ids.get(3), workshop)).isZero();
    }

    @Test
    void aCancelledWorkshopFreesEveryoneAndPromotesNobody() {
        String room = create("/api/admin/rooms", Map.of("name", "Salle Hypatia " + UUID.randomUUID(), "capacity", 60));
        String workshop = session(room, "2026-12-03T16:00:00+01:00", "2026-12-03T17:00:00+01:00", 1);
        publish();
        List<String> ids = confirmedAttendees(3);
        HttpClient http = HttpClient.newHttpClient();
        ids.forEach(id -> signUp(http, workshop, id));
        assertThat(ids).extracting(id -> position(http, id, workshop)).containsExactly(0, 1, 2);

        organiser().delete().uri("/api/admin/sessions/" + workshop).retrieve().toBodilessEntity();
        publish();
        int late = signUp(http, workshop, ids.get(0)).statusCode();

        assertThat(ids).extracting(id -> position(http, id, workshop)).containsExactly(-1, -1, -1);
        assertThat(late).isEqualTo(404);
        try (var records = new TopicRecords(bootstrapServers, Topics.AGENDA)) {
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(records.events())
                    .extracting(EventEnvelope::payload).filteredOn(SeatReleased.class::isInstance)
                    .filteredOn(p -> workshop.equals(((SeatReleased) p).sessionId())).hasSize(3));
            assertThat(records.events()).extracting(EventEnvelope::payload)
                    .filteredOn(SeatPromoted.class::isInstance)
                    .noneMatch(p -> workshop.equals(((SeatPromoted) p).sessionId()));
        }
    }

    @Test
    void aCancellationDeliveredTwiceFreesOneSeatAndSeatsOnlyTheFirstInLine() throws Exception {
        String room = create("/api/admin/rooms", Map.of("name", "Salle Rosa " + UUID.randomUUID(), "capacity", 60));
        String workshop = session(room, "2026-12-03T09:00:00+01:00", "2026-12-03T10:00:00+01:00", 1);
        publish();
        List<String> ids = confirmedAttendees(3);
        HttpClient http = HttpClient.newHttpClient();
        ids.forEach(id -> signUp(http, workshop, id));
        assertThat(ids).extracting(id -> position(http, id, workshop)).containsExactly(0, 1, 2);
        String holder = ids.get(0);
        byte[] cancelled = EventJson.toBytes(EventEnvelope.wrap(new RegistrationCancelled(holder, "P",
                holder + "@example.org", "MEMBER", "fr"), Instant.now()));

        kafka.send(Topics.REGISTRATION, holder, cancelled).get();
        kafka.send(Topics.REGISTRATION, holder, cancelled).get();
        // same key, same partition: once the marker is known, both copies of the cancellation were consumed
        String marker = UUID.randomUUID().toString();
        kafka.send(Topics.REGISTRATION, holder, EventJson.toBytes(EventEnvelope.wrap(new RegistrationConfirmed(marker,
                "M", "N", marker + "@example.org", null, "MEMBER", "fr", "http://x/manage/" + marker,
                ManageTokenHash.of("token-" + marker), "code"), Instant.now()))).get();
        await().atMost(Duration.ofSeconds(30)).until(() -> attendees.confirmedWithToken(marker, "token-" + marker)
                .isPresent());

        assertThat(ids.subList(1, 3)).as("the next in line seated, the one after still waiting, first")
                .extracting(id -> position(http, id, workshop)).containsExactly(0, 1);
        assertThat(programmed(workshop)).containsEntry("seatsTaken", 1).containsEntry("waitlisted", 1);
        try (var records = new TopicRecords(bootstrapServers, Topics.AGENDA)) {
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(records.events())
                    .extracting(EventEnvelope::payload).filteredOn(SeatPromoted.class::isInstance)
                    .filteredOn(p -> workshop.equals(((SeatPromoted) p).sessionId()))
                    .containsExactly(new SeatPromoted(workshop, ids.get(1))));
            assertThat(records.events()).extracting(EventEnvelope::payload).filteredOn(SeatReleased.class::isInstance)
                    .filteredOn(p -> workshop.equals(((SeatReleased) p).sessionId())).hasSize(1);
        }
    }

    @Test
    void seatsFirstTakenAfterANewerReleaseHaveItsCapacity() {
        String room = create("/api/admin/rooms", Map.of("name", "Salle Gide " + UUID.randomUUID(), "capacity", 60));
        String workshop = session(room, "2026-12-04T16:00:00+01:00", "2026-12-04T17:00:00+01:00", 1);
        publish();
        Release forOne = releases.latest().orElseThrow();
        organiser().patch().uri("/api/admin/sessions/" + workshop).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("capacity", 2)).retrieve().toBodilessEntity();
        publish();
        List<String> ids = confirmedAttendees(2);
        HttpClient http = HttpClient.newHttpClient();

        // a sign-up that read the older release makes the seats after the newer one was handled
        signups.ensureSeats(forOne.sessions().stream().filter(s -> s.id().equals(workshop)).findFirst()
                .orElseThrow(), forOne.version());
        ids.forEach(id -> signUp(http, workshop, id));

        assertThat(ids).extracting(id -> position(http, id, workshop)).containsExactly(0, 0);
    }

    private HttpResponse<String> signUp(HttpClient http, String sessionId, String registrationId) {
        return call(http, "POST", "/api/sessions/" + sessionId + "/signups", "token-" + registrationId,
                "{\"registrationId\":\"" + registrationId + "\"}");
    }

    private void leave(HttpClient http, String sessionId, String registrationId) {
        assertThat(call(http, "DELETE", "/api/sessions/" + sessionId + "/signups/" + registrationId,
                "token-" + registrationId, null).statusCode()).isEqualTo(200);
    }

    private Map<String, Object> programmed(String sessionId) {
        List<Map<String, Object>> sessions = (List<Map<String, Object>>) RestClient.create("http://127.0.0.1:" + port).get()
                .uri("/api/programme").retrieve().body(Map.class).get("sessions");
        return sessions.stream().filter(s -> sessionId.equals(s.get("id"))).findFirst().orElseThrow();
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
