package org.nec.agenda.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.doAnswer;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.nec.agenda.edition.Text;
import org.nec.agenda.room.Room;
import org.nec.agenda.session.Session;
import org.nec.events.EventEnvelope;
import org.nec.events.Topics;
import org.nec.events.agenda.SchedulePublished;
import org.nec.events.agenda.SessionChange;
import org.nec.events.agenda.SessionChanged;
import org.nec.testing.TestAccounts;
import org.nec.testing.TopicRecords;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

/** Building and publishing the programme, on embedded infrastructure here and on containers with Docker. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.application.name=schedule-tests")
abstract class ScheduleScenarios {

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    /** The real store, which a test can make run another request at a chosen moment of a first one. */
    @MockitoSpyBean
    MongoTemplate mongo;

    RestClient organiser() {
        return RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultHeaders(h -> h.setBasicAuth(TestAccounts.ORGANISER, TestAccounts.ORGANISER_PASSWORD))
                .defaultStatusHandler(status -> true, (request, response) -> { }).build();
    }

    String create(String path, Map<String, Object> body) {
        var response = organiser().post().uri(path).contentType(MediaType.APPLICATION_JSON).body(body).retrieve()
                .toEntity(Map.class);
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.CREATED);
        return (String) response.getBody().get("id");
    }

    Map<String, Object> session(String room, String start, String end, List<String> speakers) {
        return Map.of("title", Map.of("fr", "Communs et IA", "en", "Commons and AI"), "type", "WORKSHOP",
                "roomId", room, "start", start, "end", end, "speakerIds", speakers);
    }

    static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new java.util.HashMap<>(body);
        copy.put(key, value);
        return copy;
    }

    String room(String name) {
        return create("/api/admin/rooms", Map.of("name", name + " " + UUID.randomUUID(), "capacity", 40));
    }

    @Test
    void publishingWhileARoomIsDoubleBookedIsRefusedAndPublishesNothing() {
        String room = room("Salle Condorcet");
        String first = create("/api/admin/sessions", session(room, "2026-12-03T10:00:00+01:00",
                "2026-12-03T11:00:00+01:00", List.of()));
        var second = organiser().post().uri("/api/admin/sessions").contentType(MediaType.APPLICATION_JSON)
                .body(session(room, "2026-12-03T10:30:00+01:00", "2026-12-03T11:30:00+01:00", List.of()))
                .retrieve().toEntity(Map.class);
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(second.getBody().get("warnings").toString()).contains("ROOM_DOUBLE_BOOKED", first);
        int versionBefore = version();

        var refused = organiser().post().uri("/api/admin/schedule/releases").retrieve().toEntity(Map.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getBody().get("conflicts").toString()).contains("ROOM_DOUBLE_BOOKED");
        assertThat(version()).isEqualTo(versionBefore);
        organiser().delete().uri("/api/admin/sessions/" + second.getBody().get("id")).retrieve().toBodilessEntity();
    }

    @Test
    void movingASessionThenPublishingAnnouncesExactlyOneMove() {
        String room = room("Salle Hypatia");
        String speaker = create("/api/admin/people", Map.of("name", "Awa Diallo", "organisation", "Coop"));
        String moving = create("/api/admin/sessions", session(room, "2026-12-03T14:00:00+01:00",
                "2026-12-03T15:00:00+01:00", List.of(speaker)));
        var baseline = organiser().post().uri("/api/admin/schedule/releases").retrieve().toEntity(Map.class);
        assertThat(baseline.getStatusCode()).isEqualTo(HttpStatus.CREATED);

        var moved = organiser().patch().uri("/api/admin/sessions/" + moving).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("start", "2026-12-03T16:00:00+01:00", "end", "2026-12-03T17:00:00+01:00")).retrieve()
                .toEntity(Map.class);
        var release = organiser().post().uri("/api/admin/schedule/releases").retrieve().toEntity(Map.class);

        assertThat(moved.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(release.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        int version = (Integer) release.getBody().get("version");
        assertThat(release.getBody().get("changes"))
                .isEqualTo(List.of(Map.of("sessionId", moving, "change", "MOVED")));
        assertThat(version()).isEqualTo(version);
        try (var records = new TopicRecords(bootstrapServers, Topics.AGENDA)) {
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                List<EventEnvelope> ofRelease = records.events().stream().filter(e ->
                        e.payload() instanceof SchedulePublished p && p.version() == version
                                || e.payload() instanceof SessionChanged c && c.version() == version).toList();
                assertThat(ofRelease).extracting(EventEnvelope::type)
                        .containsExactlyInAnyOrder("SchedulePublished", "SessionChanged");
                assertThat(ofRelease).extracting(EventEnvelope::payload).filteredOn(SessionChanged.class::isInstance)
                        .singleElement().satisfies(p -> {
                            SessionChanged change = (SessionChanged) p;
                            assertThat(change.change()).isEqualTo(SessionChange.MOVED);
                            assertThat(change.start()).hasToString("2026-12-03T15:00:00Z");
                            assertThat(change.speakers()).containsExactly("Awa Diallo");
                        });
            });
        }
    }

    @Test
    void badSessionsAndEditionsAreRefusedFieldByField() {
        String room = room("Salle Ostrom");
        var endBeforeStart = organiser().post().uri("/api/admin/sessions").contentType(MediaType.APPLICATION_JSON)
                .body(session(room, "2026-12-03T11:00:00+01:00", "2026-12-03T10:00:00+01:00", List.of()))
                .retrieve().toEntity(Map.class);
        var unknownRoom = organiser().post().uri("/api/admin/sessions").contentType(MediaType.APPLICATION_JSON)
                .body(session("nowhere", "2026-12-03T10:00:00+01:00", "2026-12-03T11:00:00+01:00",
                        List.of("nobody"))).retrieve().toEntity(Map.class);
        var noTimeZone = organiser().put().uri("/api/admin/edition").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", "NEC", "venue", "Paris", "start", "2026-12-03", "end", "2026-12-04"))
                .retrieve().toEntity(Map.class);
        var badDate = organiser().put().uri("/api/admin/edition").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", "NEC", "venue", "Paris", "start", "3 décembre", "end", "2026-12-04",
                        "timeZone", "Europe/Paris")).retrieve().toEntity(Map.class);

        assertThat(endBeforeStart.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(endBeforeStart.getBody().get("errors").toString()).contains("field=end");
        assertThat(unknownRoom.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknownRoom.getBody().get("errors").toString()).contains("field=roomId", "field=speakerIds");
        assertThat(noTimeZone.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noTimeZone.getBody().get("errors").toString()).contains("field=timeZone");
        assertThat(badDate.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badDate.getBody().get("errors").toString()).contains("field=start");
    }

    @Test
    void sessionsRunInTracksThatAreCheckedListedAndPublished() {
        String track = create("/api/admin/tracks", Map.of("name", Map.of("fr", "Communs numériques",
                "en", "Digital commons"), "color", "#1f4e3d"));
        var badTrack = organiser().post().uri("/api/admin/tracks").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", Map.of("fr", " ", "en", "Cooperation"), "color", "orange")).retrieve()
                .toEntity(Map.class);
        String room = room("Salle Gide");
        var unknownTrack = organiser().post().uri("/api/admin/sessions").contentType(MediaType.APPLICATION_JSON)
                .body(with(session(room, "2026-12-03T09:00:00+01:00", "2026-12-03T10:00:00+01:00", List.of()),
                        "trackId", "nowhere")).retrieve().toEntity(Map.class);
        String inTrack = create("/api/admin/sessions", with(session(room, "2026-12-03T09:00:00+01:00",
                "2026-12-03T10:00:00+01:00", List.of()), "trackId", track));

        var release = organiser().post().uri("/api/admin/schedule/releases").retrieve().toEntity(Map.class);

        assertThat(badTrack.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badTrack.getBody().get("errors").toString()).contains("field=color", "field=name.fr");
        assertThat(unknownTrack.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknownTrack.getBody().get("errors"))
                .isEqualTo(List.of(Map.of("field", "trackId", "message", "is not a track of this edition")));
        assertThat(release.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        RestClient anonymous = RestClient.create("http://127.0.0.1:" + port);
        assertThat(anonymous.get().uri("/api/tracks").retrieve().body(List.class)).contains(Map.of("id", track,
                "name", Map.of("fr", "Communs numériques", "en", "Digital commons"), "color", "#1f4e3d"));
        List<Map<?, ?>> published = (List<Map<?, ?>>) anonymous.get().uri("/api/programme").retrieve()
                .body(Map.class).get("sessions");
        assertThat(published).filteredOn(s -> inTrack.equals(s.get("id"))).singleElement()
                .satisfies(s -> assertThat(s.get("track")).isEqualTo(Map.of("id", track,
                        "name", Map.of("fr", "Communs numériques", "en", "Digital commons"), "color", "#1f4e3d")));
    }

    @Test
    void aRenamedTrackUpdatesItsSessionsAtTheNextReleaseAndOnlyAnUnusedTrackCanBeDeleted() {
        String track = create("/api/admin/tracks", Map.of("name", Map.of("fr", "Données", "en", "Data")));
        String inTrack = create("/api/admin/sessions", with(session(room("Salle Ostrom"),
                "2026-12-04T14:00:00+01:00", "2026-12-04T15:00:00+01:00", List.of()), "trackId", track));
        organiser().post().uri("/api/admin/schedule/releases").retrieve().toBodilessEntity();

        var renamed = organiser().put().uri("/api/admin/tracks/" + track).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", Map.of("fr", "Données ouvertes", "en", "Open data"), "color", "#224466"))
                .retrieve().toEntity(Map.class);
        var unknown = organiser().put().uri("/api/admin/tracks/nowhere").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", Map.of("fr", "Données", "en", "Data"))).retrieve().toEntity(Map.class);
        var stillUsed = organiser().delete().uri("/api/admin/tracks/" + track).retrieve().toEntity(Map.class);
        Map<?, ?> publishedBefore = published(inTrack);
        var release = organiser().post().uri("/api/admin/schedule/releases").retrieve().toEntity(Map.class);
        Map<?, ?> publishedAfter = published(inTrack);
        var outOfTrack = organiser().patch().uri("/api/admin/sessions/" + inTrack)
                .contentType(MediaType.APPLICATION_JSON).body("{\"trackId\": null}").retrieve().toEntity(Map.class);
        var deleted = organiser().delete().uri("/api/admin/tracks/" + track).retrieve().toBodilessEntity();
        var nextRelease = organiser().post().uri("/api/admin/schedule/releases").retrieve().toEntity(Map.class);

        assertThat(renamed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(stillUsed.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(stillUsed.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(stillUsed.getBody().get("detail").toString()).startsWith("1 session runs in track");
        assertThat((Map<String, Object>) publishedBefore.get("track")).containsEntry("id", track)
                .containsEntry("name", Map.of("fr", "Données", "en", "Data")).containsEntry("color", null);
        assertThat(release.getBody().get("changes"))
                .isEqualTo(List.of(Map.of("sessionId", inTrack, "change", "UPDATED")));
        assertThat(publishedAfter.get("track")).isEqualTo(Map.of("id", track,
                "name", Map.of("fr", "Données ouvertes", "en", "Open data"), "color", "#224466"));
        assertThat(outOfTrack.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(deleted.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(organiser().get().uri("/api/admin/tracks").retrieve().body(List.class).toString())
                .doesNotContain(track);
        assertThat(nextRelease.getBody().get("changes"))
                .isEqualTo(List.of(Map.of("sessionId", inTrack, "change", "UPDATED")));
        assertThat(published(inTrack).get("track")).isNull();
    }

    @Test
    void aChangeLeavesOutWhatStaysAndClearsWhatItSetsToNull() {
        String room = room("Salle Gide");
        String moderator = create("/api/admin/people", Map.of("name", "Marc Petit"));
        String workshop = create("/api/admin/sessions", with(with(with(session(room, "2026-12-04T09:00:00+01:00",
                "2026-12-04T10:00:00+01:00", List.of()), "moderatorId", moderator), "capacity", 12),
                "description", Map.of("fr", "Un atelier.", "en", "A workshop.")));
        organiser().post().uri("/api/admin/schedule/releases").retrieve().toBodilessEntity();

        var badCapacity = patch(workshop, "{\"capacity\": 0, \"title\": {\"fr\": \"\", \"en\": \"Maps\"}}");
        var badStart = patch(workshop, "{\"start\": \"demain matin\"}");
        var notAnObject = patch(workshop, "[1, 2]");
        var cleared = patch(workshop, "{\"moderatorId\": null, \"capacity\": null, \"description\": null,"
                + " \"title\": {\"fr\": \"Cartes\", \"en\": \"Maps\"}, \"roomId\": null}");
        var release = organiser().post().uri("/api/admin/schedule/releases").retrieve().toEntity(Map.class);

        assertThat(badCapacity.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badCapacity.getBody().get("errors").toString()).contains("field=capacity", "field=title.fr");
        assertThat(badStart.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badStart.getBody().get("errors"))
                .isEqualTo(List.of(Map.of("field", "start", "message", "has the wrong type or format")));
        assertThat(notAnObject.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(cleared.getStatusCode()).as(String.valueOf(cleared.getBody())).isEqualTo(HttpStatus.OK);
        assertThat(release.getBody().get("changes"))
                .isEqualTo(List.of(Map.of("sessionId", workshop, "change", "UPDATED")));
        Map<?, ?> published = published(workshop);
        assertThat(published.get("title")).isEqualTo(Map.of("fr", "Cartes", "en", "Maps"));
        assertThat(published.get("description")).isNull();
        assertThat(published.get("moderator")).isNull();
        assertThat(published.get("capacity")).as("the room's capacity again").isEqualTo(40);
        assertThat(published.get("room").toString()).as("a required field set to null stays").contains("Salle Gide");
    }

    private org.springframework.http.ResponseEntity<Map> patch(String session, String json) {
        return organiser().patch().uri("/api/admin/sessions/" + session).contentType(MediaType.APPLICATION_JSON)
                .body(json).retrieve().toEntity(Map.class);
    }

    @Test
    void descriptionsInBothLanguagesArePublishedAndRewritingOneIsAnUpdate() {
        String room = room("Salle Hypatia");
        Map<String, Object> workshop = session(room, "2026-12-03T11:00:00+01:00", "2026-12-03T12:00:00+01:00",
                List.of());
        var tooLongAndHalf = organiser().post().uri("/api/admin/sessions").contentType(MediaType.APPLICATION_JSON)
                .body(with(workshop, "description", Map.of("fr", "x".repeat(4001)))).retrieve().toEntity(Map.class);
        String described = create("/api/admin/sessions", with(workshop, "description", Map.of(
                "fr", "Un atelier pour cartographier ses outils.\nApportez vos listes.",
                "en", "A workshop to map your tools.\nBring your lists.")));
        organiser().post().uri("/api/admin/schedule/releases").retrieve().toBodilessEntity();
        Map<?, ?> firstPublished = published(described);

        organiser().patch().uri("/api/admin/sessions/" + described).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("description", Map.of("fr", "Un atelier pour cartographier ses outils.",
                        "en", "A workshop to map your tools."))).retrieve().toBodilessEntity();
        var release = organiser().post().uri("/api/admin/schedule/releases").retrieve().toEntity(Map.class);

        assertThat(tooLongAndHalf.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tooLongAndHalf.getBody().get("errors").toString())
                .contains("field=description.fr", "field=description.en");
        assertThat(firstPublished.get("description")).isEqualTo(Map.of(
                "fr", "Un atelier pour cartographier ses outils.\nApportez vos listes.",
                "en", "A workshop to map your tools.\nBring your lists."));
        assertThat(release.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(release.getBody().get("changes"))
                .isEqualTo(List.of(Map.of("sessionId", described, "change", "UPDATED")));
        assertThat(published(described).get("description"))
                .isEqualTo(Map.of("fr", "Un atelier pour cartographier ses outils.",
                        "en", "A workshop to map your tools."));
    }

    @Test
    void aSessionOutsideItsRoomsHoursIsAWarningThatDoesNotStopPublishing() {
        var malformed = organiser().post().uri("/api/admin/rooms").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", "Salle Lovelace", "capacity", 40, "opensAt", "9h", "closesAt", "25:00"))
                .retrieve().toEntity(Map.class);
        var closesFirst = organiser().post().uri("/api/admin/rooms").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", "Salle Lovelace", "capacity", 40, "opensAt", "18:00", "closesAt", "09:00"))
                .retrieve().toEntity(Map.class);
        String room = create("/api/admin/rooms", Map.of("name", "Salle Lovelace " + UUID.randomUUID(),
                "capacity", 40, "opensAt", "09:00", "closesAt", "18:00"));

        var early = organiser().post().uri("/api/admin/sessions").contentType(MediaType.APPLICATION_JSON)
                .body(session(room, "2026-12-03T08:00:00+01:00", "2026-12-03T09:00:00+01:00", List.of()))
                .retrieve().toEntity(Map.class);
        var release = organiser().post().uri("/api/admin/schedule/releases").retrieve().toEntity(Map.class);
        var opensEarlier = organiser().put().uri("/api/admin/rooms/" + room + "/hours")
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("opensAt", "08:00", "closesAt", "18:00"))
                .retrieve().toEntity(Map.class);

        assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(malformed.getBody().get("errors")).isEqualTo(List.of(
                Map.of("field", "closesAt", "message", "must be a time of day such as 09:00"),
                Map.of("field", "opensAt", "message", "must be a time of day such as 09:00")));
        assertThat(closesFirst.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(closesFirst.getBody().get("errors"))
                .isEqualTo(List.of(Map.of("field", "closesAt", "message", "must be after opensAt")));
        assertThat(early.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(early.getBody().get("warnings").toString()).contains("OUTSIDE_ROOM_HOURS", "08:00–09:00");
        assertThat(release.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(opensEarlier.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(opensEarlier.getBody().get("opensAt")).isEqualTo("08:00");
        assertThat(organiser().get().uri("/api/admin/schedule/conflicts").retrieve().body(List.class).toString())
                .doesNotContain((String) early.getBody().get("id"));
    }

    @Test
    void aSessionDeletedWhileAChangeIsCheckedStaysCancelled() {
        String room = room("Salle Arendt");
        String session = create("/api/admin/sessions", session(room, "2026-12-04T11:00:00+01:00",
                "2026-12-04T12:00:00+01:00", List.of()));
        AtomicBoolean armed = new AtomicBoolean(true);
        AtomicReference<HttpStatus> deleted = new AtomicReference<>();
        doAnswer(call -> {
            if (armed.getAndSet(false)) {
                deleted.set(HttpStatus.valueOf(organiser().delete().uri("/api/admin/sessions/" + session).retrieve()
                        .toBodilessEntity().getStatusCode().value()));
            }
            return call.callRealMethod();
        }).when(mongo).findById(room, Room.class);

        var changed = patch(session, "{\"capacity\": 12}");

        assertThat(deleted.get()).isEqualTo(HttpStatus.OK);
        assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(mongo.findById(session, Session.class).cancelled()).isTrue();
    }

    @Test
    void twoChangesAtOnceKeepEachOthersFieldsEvenOnASessionStoredBeforeVersions() {
        String room = room("Salle Arendt");
        String session = create("/api/admin/sessions", session(room, "2026-12-04T16:00:00+01:00",
                "2026-12-04T17:00:00+01:00", List.of()));
        mongo.updateFirst(Query.query(Criteria.where("_id").is(session)), new Update().unset("version"),
                Session.class);
        AtomicBoolean armed = new AtomicBoolean(true);
        AtomicReference<HttpStatus> meanwhile = new AtomicReference<>();
        doAnswer(call -> {
            if (armed.getAndSet(false)) {
                meanwhile.set(HttpStatus.valueOf(patch(session, "{\"capacity\": 12}").getStatusCode().value()));
            }
            return call.callRealMethod();
        }).when(mongo).findById(room, Room.class);

        var retitled = patch(session, "{\"title\": {\"fr\": \"Cartes\", \"en\": \"Maps\"}}");

        assertThat(meanwhile.get()).isEqualTo(HttpStatus.OK);
        assertThat(retitled.getStatusCode()).isEqualTo(HttpStatus.OK);
        Session stored = mongo.findById(session, Session.class);
        assertThat(stored.title()).isEqualTo(new Text("Cartes", "Maps"));
        assertThat(stored.capacity()).isEqualTo(12);
        assertThat(stored.cancelled()).isFalse();
    }

    @Test
    void publishingPublishesTheProgrammeItChecked() {
        String room = room("Salle Weil");
        create("/api/admin/sessions", session(room, "2026-12-05T10:00:00+01:00", "2026-12-05T11:00:00+01:00",
                List.of()));
        String later = create("/api/admin/sessions", session(room, "2026-12-05T12:00:00+01:00",
                "2026-12-05T13:00:00+01:00", List.of()));
        AtomicBoolean armed = new AtomicBoolean(true);
        AtomicReference<HttpStatus> moved = new AtomicReference<>();
        doAnswer(call -> {
            Object read = call.callRealMethod();
            if (armed.getAndSet(false)) {
                moved.set(HttpStatus.valueOf(patch(later, "{\"start\": \"2026-12-05T10:30:00+01:00\","
                        + " \"end\": \"2026-12-05T11:30:00+01:00\"}").getStatusCode().value()));
            }
            return read;
        }).when(mongo).findAll(Session.class);

        var release = organiser().post().uri("/api/admin/schedule/releases").retrieve().toEntity(Map.class);
        Object publishedStart = published(later).get("start");
        organiser().delete().uri("/api/admin/sessions/" + later).retrieve().toBodilessEntity();

        assertThat(moved.get()).isEqualTo(HttpStatus.OK);
        assertThat(release.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(publishedStart).as("as checked, before the move").isEqualTo("2026-12-05T11:00:00Z");
    }

    @Test
    void aNullSpeakerIsRefusedFieldByField() {
        String room = room("Salle Ostrom");
        String existing = create("/api/admin/sessions", session(room, "2026-12-03T17:00:00+01:00",
                "2026-12-03T18:00:00+01:00", List.of()));

        var created = organiser().post().uri("/api/admin/sessions").contentType(MediaType.APPLICATION_JSON)
                .body("{\"title\": {\"fr\": \"Communs\", \"en\": \"Commons\"}, \"type\": \"WORKSHOP\", \"roomId\": \""
                        + room + "\", \"start\": \"2026-12-03T10:00:00+01:00\", \"end\": \"2026-12-03T11:00:00+01:00\","
                        + " \"speakerIds\": [null]}").retrieve().toEntity(Map.class);
        var changed = patch(existing, "{\"speakerIds\": [null]}");

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(created.getBody().get("errors").toString()).contains("field=speakerIds[0]");
        assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(changed.getBody().get("errors").toString()).contains("field=speakerIds[0]");
    }

    @Test
    void datesFarAwayAndAnEditionLongerThanAMonthAreRefusedFieldByField() {
        String room = room("Salle Ostrom");
        String existing = create("/api/admin/sessions", session(room, "2026-12-03T17:00:00+01:00",
                "2026-12-03T18:00:00+01:00", List.of()));

        var farAway = organiser().post().uri("/api/admin/sessions").contentType(MediaType.APPLICATION_JSON)
                .body(session(room, "+999999999-12-30T10:00:00Z", "+999999999-12-30T11:00:00Z", List.of()))
                .retrieve().toEntity(Map.class);
        var endFarAway = patch(existing, "{\"end\": \"+999999999-12-31T10:00:00Z\"}");
        var editionFarAway = organiser().put().uri("/api/admin/edition").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", "NEC", "venue", "Paris", "start", "2026-12-03", "end", "+999999999-12-31",
                        "timeZone", "Europe/Paris")).retrieve().toEntity(Map.class);
        var editionTooLong = organiser().put().uri("/api/admin/edition").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", "NEC", "venue", "Paris", "start", "2026-12-03", "end", "2027-12-03",
                        "timeZone", "Europe/Paris")).retrieve().toEntity(Map.class);

        assertThat(farAway.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(farAway.getBody().get("errors")).isEqualTo(List.of(
                Map.of("field", "start", "message", "must be between 2000-01-01 and 2100-12-31"),
                Map.of("field", "end", "message", "must be between 2000-01-01 and 2100-12-31")));
        assertThat(endFarAway.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(endFarAway.getBody().get("errors").toString()).contains("field=end");
        assertThat(mongo.findById(existing, Session.class).end()).hasToString("2026-12-03T17:00:00Z");
        assertThat(editionFarAway.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(editionFarAway.getBody().get("errors").toString()).contains("field=end");
        assertThat(editionTooLong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(editionTooLong.getBody().get("errors")).isEqualTo(List.of(
                Map.of("field", "end", "message", "must make the edition at most 31 days long")));
    }

    @Test
    void controlCharactersInTitlesAndDescriptionsAreRefusedFieldByField() {
        String room = room("Salle Ostrom");
        String existing = create("/api/admin/sessions", session(room, "2026-12-03T17:00:00+01:00",
                "2026-12-03T18:00:00+01:00", List.of()));

        var inTitle = organiser().post().uri("/api/admin/sessions").contentType(MediaType.APPLICATION_JSON)
                .body(with(session(room, "2026-12-03T10:00:00+01:00", "2026-12-03T11:00:00+01:00", List.of()),
                        "title", Map.of("fr", "Communs\u0001 et IA", "en", "Commons and AI"))).retrieve()
                .toEntity(Map.class);
        var inDescription = patch(existing, "{\"description\": {\"fr\": \"Un atelier.\\nSur deux lignes.\","
                + " \"en\": \"A\\u000bworkshop.\"}}");

        assertThat(inTitle.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(inTitle.getBody().get("errors")).isEqualTo(List.of(Map.of("field", "title.fr",
                "message", "must not contain control characters")));
        assertThat(inDescription.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(inDescription.getBody().get("errors")).isEqualTo(List.of(Map.of("field", "description.en",
                "message", "must not contain control characters")));
    }

    @Test
    void theDashboardAnswersAMoveOfAnUnknownSessionOrToAMalformedTimeWith404Or400() {
        String room = room("Salle Ostrom");
        String session = create("/api/admin/sessions", session(room, "2026-12-03T15:00:00+01:00",
                "2026-12-03T16:00:00+01:00", List.of()));
        var page = organiser().get().uri("/dashboard?day=2026-12-03").retrieve().toEntity(String.class);
        String cookie = page.getHeaders().getFirst(HttpHeaders.SET_COOKIE).split(";")[0];
        String token = meta(page.getBody(), "_csrf");
        String tokenHeader = meta(page.getBody(), "_csrf_header");
        LinkedMultiValueMap<String, String> move = new LinkedMultiValueMap<>();
        move.add("roomId", room);
        move.add("day", "2026-12-03");
        move.add("start", "10:00");
        LinkedMultiValueMap<String, String> malformedMove = new LinkedMultiValueMap<>(move);
        malformedMove.set("start", "10h");

        var previewMalformed = organiser().get().uri("/dashboard?day=2026-12-03&preview={id}&room={room}&start=10h",
                session, room).retrieve().toBodilessEntity();
        var previewUnknown = organiser().post().uri("/dashboard/sessions/nowhere/preview").header("Cookie", cookie)
                .header(tokenHeader, token).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("roomId", room, "day", "2026-12-03", "start", "10:00")).retrieve().toBodilessEntity();
        var previewWithoutStart = organiser().post().uri("/dashboard/sessions/" + session + "/preview")
                .header("Cookie", cookie).header(tokenHeader, token).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("roomId", room, "day", "2026-12-03")).retrieve().toBodilessEntity();
        var moveUnknown = organiser().post().uri("/dashboard/sessions/nowhere/move").header("Cookie", cookie)
                .header(tokenHeader, token).contentType(MediaType.APPLICATION_FORM_URLENCODED).body(move).retrieve()
                .toBodilessEntity();
        var moveMalformed = organiser().post().uri("/dashboard/sessions/" + session + "/move").header("Cookie", cookie)
                .header(tokenHeader, token).contentType(MediaType.APPLICATION_FORM_URLENCODED).body(malformedMove)
                .retrieve().toBodilessEntity();

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(previewMalformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(previewUnknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(previewWithoutStart.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(moveUnknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(moveMalformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    private static String meta(String html, String name) {
        Matcher meta = Pattern.compile("<meta name=\"" + name + "\" content=\"([^\"]+)\"").matcher(html);
        assertThat(meta.find()).as("meta " + name).isTrue();
        return meta.group(1);
    }

    private Map<?, ?> published(String sessionId) {
        List<Map<?, ?>> sessions = (List<Map<?, ?>>) RestClient.create("http://127.0.0.1:" + port).get()
                .uri("/api/programme").retrieve().body(Map.class).get("sessions");
        return sessions.stream().filter(s -> sessionId.equals(s.get("id"))).findFirst().orElseThrow();
    }

    private int version() {
        return (Integer) RestClient.create("http://127.0.0.1:" + port).get().uri("/api/programme").retrieve()
                .body(Map.class).get("version");
    }
}
