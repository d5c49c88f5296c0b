package org.nec.agenda.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.nec.agenda.attendee.Attendee;
import org.nec.agenda.session.Session;
import org.nec.events.registration.ManageTokenHash;
import org.nec.testing.EmbeddedInfrastructure;
import org.nec.testing.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * The organiser builds the programme with the console's forms (HTTP Basic, as the front door relays it), places
 * sessions from the dashboard's tray, and reads what publishing would do, in French or English.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.application.name=console-tests")
@EmbeddedInfrastructure
@SuppressWarnings("unchecked")
class ProgrammeConsoleIT {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    private RestClient client(boolean organiser) {
        return RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultHeaders(h -> {
                    if (organiser) {
                        h.setBasicAuth(TestAccounts.ORGANISER, TestAccounts.ORGANISER_PASSWORD);
                    }
                })
                .defaultStatusHandler(status -> true, (request, response) -> { }).build();
    }

    private RestClient organiser() {
        return client(true);
    }

    /** A form as a browser sends it: a list is a field given several times. */
    private ResponseEntity<String> submit(String path, Map<String, ?> fields) {
        LinkedMultiValueMap<String, String> body = new LinkedMultiValueMap<>();
        fields.forEach((name, value) -> {
            if (value instanceof List<?> values) {
                values.forEach(v -> body.add(name, String.valueOf(v)));
            } else {
                body.add(name, String.valueOf(value));
            }
        });
        return organiser().post().uri(path).contentType(MediaType.APPLICATION_FORM_URLENCODED).body(body).retrieve()
                .toEntity(String.class);
    }

    private String create(String path, Map<String, Object> body) {
        var response = organiser().post().uri(path).contentType(MediaType.APPLICATION_JSON).body(body).retrieve()
                .toEntity(Map.class);
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.CREATED);
        return (String) response.getBody().get("id");
    }

    private Map<?, ?> publish() {
        var release = organiser().post().uri("/api/admin/schedule/releases").retrieve().toEntity(Map.class);
        assertThat(release.getStatusCode()).as(String.valueOf(release.getBody())).isEqualTo(HttpStatus.CREATED);
        return release.getBody();
    }

    private List<Map<?, ?>> programme() {
        return (List<Map<?, ?>>) client(false).get().uri("/api/programme").retrieve().body(Map.class).get("sessions");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> named(List<?> items, String key, Object value) {
        return items.stream().map(i -> (Map<String, Object>) i).filter(i -> value.equals(i.get(key))).findFirst()
                .orElseThrow();
    }

    private String page(String path) {
        var page = organiser().get().uri(path).retrieve().toEntity(String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        return page.getBody();
    }

    @Test
    void theConsolePagesNeedTheOrganiser() {
        RestClient anonymous = client(false);
        for (String path : List.of("/admin/programme", "/admin/programme/rooms", "/admin/programme/people",
                "/admin/programme/tracks", "/admin/programme/sessions")) {
            var page = anonymous.get().uri(path).header("Accept", "text/html").retrieve().toBodilessEntity();
            assertThat(page.getStatusCode().value()).as(path).isEqualTo(302);
            assertThat(page.getHeaders().getLocation().getPath()).as(path).isEqualTo("/login");
            assertThat(page(path)).as(path).contains("<html lang=\"fr\"", "aria-current=\"page\"");
            assertThat(page(path + "?lang=en")).as(path).contains("<html lang=\"en\"");
        }
        String name = "Salle anonyme " + UUID.randomUUID();
        LinkedMultiValueMap<String, String> room = new LinkedMultiValueMap<>();
        room.add("name", name);
        room.add("capacity", "10");
        var posted = anonymous.post().uri("/admin/programme/rooms").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(room).retrieve().toBodilessEntity();

        assertThat(posted.getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(client(false).get().uri("/api/rooms").retrieve().body(String.class)).doesNotContain(name);
    }

    @Test
    void roomsPeopleTracksAndSessionsMadeWithTheFormsAreStoredAndCheckedLikeTheApi() {
        var edition = submit("/admin/programme/edition", Map.of("name", "NEC 2026", "venue", "Lyon",
                "start", "2026-12-03", "end", "2026-12-04", "timeZone", "Europe/Paris", "lang", "fr"));
        String roomName = "Salle Ostrom " + UUID.randomUUID();
        var room = submit("/admin/programme/rooms", Map.of("name", roomName, "capacity", "30",
                "accessibility", "De plain-pied", "opensAt", "09:00", "closesAt", "18:00", "lang", "en"));
        var badRoom = submit("/admin/programme/rooms", Map.of("name", " ", "capacity", "beaucoup"));
        String personName = "Awa Diallo " + UUID.randomUUID();
        var person = submit("/admin/programme/people", Map.of("name", personName, "organisation", "Coop",
                "email", "awa@example.org"));
        var track = submit("/admin/programme/tracks", Map.of("nameFr", "Communs", "nameEn", "Commons",
                "color", "#224466"));
        List<?> rooms = client(false).get().uri("/api/rooms").retrieve().body(List.class);
        String roomId = (String) named(rooms, "name", roomName).get("id");
        String personId = (String) named(organiser().get().uri("/api/admin/people").retrieve().body(List.class),
                "name", personName).get("id");
        Map<String, Object> storedTrack = named(client(false).get().uri("/api/tracks").retrieve().body(List.class), "color",
                "#224466");
        String trackId = (String) storedTrack.get("id");

        var hours = submit("/admin/programme/rooms/" + roomId + "/hours", Map.of("opensAt", "08:30",
                "closesAt", "19:00"));
        var halfPlaced = submit("/admin/programme/sessions", Map.of("titleFr", "Cartes", "titleEn", "Maps",
                "type", "WORKSHOP", "roomId", roomId, "start", "10:00"));
        var session = submit("/admin/programme/sessions", Map.ofEntries(Map.entry("titleFr", "Communs et IA"),
                Map.entry("titleEn", "Commons and AI"), Map.entry("descriptionFr", "Une table ronde."),
                Map.entry("descriptionEn", "A roundtable."), Map.entry("type", "ROUNDTABLE"),
                Map.entry("speakerIds", List.of(personId)), Map.entry("moderatorId", personId),
                Map.entry("capacity", "20"), Map.entry("signupRequired", "true"), Map.entry("trackId", trackId),
                Map.entry("roomId", roomId), Map.entry("day", "2026-12-03"), Map.entry("start", "10:00"),
                Map.entry("end", "11:30"), Map.entry("lang", "fr")));
        String sessionPath = session.getHeaders().getLocation().getPath();
        String sessionId = sessionPath.substring(sessionPath.lastIndexOf('/') + 1);
        Map<?, ?> release = publish();

        assertThat(edition.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(client(false).get().uri("/api/edition").retrieve().body(Map.class))
                .containsEntry("venue", "Lyon").containsEntry("timeZone", "Europe/Paris");
        assertThat(room.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(room.getHeaders().getLocation().getQuery()).contains("lang=en", "done=created");
        assertThat(named(rooms, "id", roomId)).containsEntry("capacity", 30)
                .containsEntry("accessibility", "De plain-pied");
        assertThat(badRoom.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badRoom.getBody()).contains("id=\"name-error\"", "id=\"capacity-error\"", "role=\"alert\"");
        assertThat(person.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(track.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(storedTrack.get("name")).isEqualTo(Map.of("fr", "Communs", "en", "Commons"));
        assertThat(hours.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(named(client(false).get().uri("/api/rooms").retrieve().body(List.class), "id", roomId))
                .containsEntry("opensAt", "08:30").containsEntry("closesAt", "19:00");
        assertThat(halfPlaced.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(halfPlaced.getBody()).contains("id=\"day-error\"", "id=\"end-error\"")
                .doesNotContain("id=\"start-error\"");
        assertThat(session.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat((List<Object>) release.get("changes")).contains(Map.of("sessionId", sessionId, "change", "ADDED"));
        assertThat(named(programme(), "id", sessionId)).containsEntry("start", "2026-12-03T09:00:00Z")
                .containsEntry("end", "2026-12-03T10:30:00Z").containsEntry("speakers", List.of(personName))
                .containsEntry("moderator", personName).containsEntry("capacity", 20)
                .containsEntry("description", Map.of("fr", "Une table ronde.", "en", "A roundtable."))
                .satisfies(s -> assertThat((Map<String, Object>) s.get("track")).containsEntry("id", trackId));
    }

    @Test
    void aChangedSessionShowsItsConflictsAndATrackStillInUseIsNotDeleted() {
        String room = create("/api/admin/rooms", Map.of("name", "Salle Gide " + UUID.randomUUID(), "capacity", 40));
        String track = create("/api/admin/tracks", Map.of("name", Map.of("fr", "Données", "en", "Data")));
        String session = create("/api/admin/sessions", Map.of("title", Map.of("fr", "Données", "en", "Data"),
                "type", "WORKSHOP", "roomId", room, "start", "2026-12-04T10:00:00+01:00",
                "end", "2026-12-04T11:00:00+01:00", "trackId", track));

        var changed = submit("/admin/programme/sessions/" + session, Map.of("titleFr", "Données ouvertes",
                "titleEn", "Open data", "type", "ROUNDTABLE", "trackId", track, "roomId", room,
                "day", "2026-12-04", "start", "10:00", "end", "11:00", "lang", "fr"));
        String after = page(changed.getHeaders().getLocation().toString());
        String conflicts = organiser().get().uri("/api/admin/schedule/conflicts").retrieve().body(String.class);
        var refused = submit("/admin/programme/tracks/" + track + "/delete", Map.of("lang", "fr"));
        var deleted = submit("/admin/programme/sessions/" + session + "/delete", Map.of("lang", "fr"));

        assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(after).contains("data-code=\"ROUNDTABLE_WITHOUT_MODERATOR\"",
                "La table ronde « Données ouvertes » n’a pas d’animateur·ice.");
        assertThat(conflicts).contains("ROUNDTABLE_WITHOUT_MODERATOR", session, "A roundtable needs a moderator");
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getBody()).contains("une séance du brouillon s’y trouve encore");
        assertThat(client(false).get().uri("/api/tracks").retrieve().body(String.class)).contains(track);
        assertThat(deleted.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(mongo.findById(session, Session.class).cancelled()).isTrue();
    }

    @Test
    void anUnplacedSessionWaitsInTheTrayIsNotPublishedAndIsPublishedOncePlacedWithTheTrayForm() {
        String room = create("/api/admin/rooms", Map.of("name", "Salle Arendt " + UUID.randomUUID(), "capacity", 40));
        var unplaced = organiser().post().uri("/api/admin/sessions").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("title", Map.of("fr", "Table sans salle", "en", "Roundtable without room"),
                        "type", "ROUNDTABLE")).retrieve().toEntity(Map.class);
        var halfPlaced = organiser().post().uri("/api/admin/sessions").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("title", Map.of("fr", "Cartes", "en", "Maps"), "type", "WORKSHOP",
                        "start", "2026-12-03T10:00:00+01:00")).retrieve().toEntity(Map.class);
        String id = (String) unplaced.getBody().get("id");
        String tray = page("/dashboard?day=2026-12-03");
        String conflicts = organiser().get().uri("/api/admin/schedule/conflicts").retrieve().body(String.class);
        Map<?, ?> release = publish();

        assertThat(unplaced.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(unplaced.getBody().get("warnings")).isEqualTo(List.of());
        assertThat(halfPlaced.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(halfPlaced.getBody().get("errors").toString()).contains("field=roomId", "field=end")
                .doesNotContain("field=start");
        assertThat(tray).contains("class=\"tray-item\" data-session=\"" + id + "\"");
        assertThat(conflicts).doesNotContain(id);
        assertThat(release.get("changes").toString()).doesNotContain(id);
        assertThat(programme()).noneMatch(s -> id.equals(s.get("id")));
        assertThat(mongo.findById(id, Session.class).cancelled()).isFalse();

        var placed = submit("/dashboard/sessions/" + id + "/move", Map.of("roomId", room, "day", "2026-12-03",
                "start", "14:00", "duration", "90", "confirm", "true", "lang", "fr"));
        String after = page("/dashboard?day=2026-12-03");
        Map<?, ?> next = publish();

        assertThat(placed.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(placed.getHeaders().getLocation().getQuery()).contains("done=placed");
        assertThat(after).doesNotContain("class=\"tray-item\" data-session=\"" + id + "\"")
                .contains("data-session=\"" + id + "\"");
        assertThat((List<Object>) next.get("changes")).contains(Map.of("sessionId", id, "change", "ADDED"));
        assertThat(named(programme(), "id", id)).containsEntry("start", "2026-12-03T13:00:00Z")
                .containsEntry("end", "2026-12-03T14:30:00Z");
    }

    @Test
    void theDashboardSaysHowManyAttendeesAPendingMoveSendsADigestTo() {
        String room = create("/api/admin/rooms", Map.of("name", "Salle Weil " + UUID.randomUUID(), "capacity", 40));
        String workshop = create("/api/admin/sessions", Map.of("title", Map.of("fr", "Atelier cartes",
                        "en", "Maps workshop"), "type", "WORKSHOP", "roomId", room, "start", "2026-12-04T14:00:00+01:00",
                "end", "2026-12-04T15:00:00+01:00", "capacity", 1, "signupRequired", true));
        publish();
        List<String> attendees = List.of(attendee(), attendee(), attendee());
        var seated = signUp(workshop, attendees.get(0));
        var waiting = signUp(workshop, attendees.get(1));

        organiser().patch().uri("/api/admin/sessions/" + workshop).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("start", "2026-12-04T16:00:00+01:00", "end", "2026-12-04T17:00:00+01:00")).retrieve()
                .toBodilessEntity();
        String french = page("/dashboard");
        String english = page("/dashboard?lang=en");

        assertThat(seated.get("status")).isEqualTo("SEATED");
        assertThat(waiting.get("status")).isEqualTo("WAITLISTED");
        assertThat(french).contains("data-recipients=\"2\"", "2 participant·es recevront un récapitulatif",
                "Atelier cartes", "— déplacée", "data-action=\"publish\"");
        assertThat(english).contains("2 attendees will receive a change digest", "Maps workshop", "— moved");
    }

    @Test
    void theDashboardShowsConflictsInTheOrganisersLanguageAndTheApiInEnglish() {
        String roomName = "Salle Condorcet " + UUID.randomUUID();
        String room = create("/api/admin/rooms", Map.of("name", roomName, "capacity", 40));
        String first = create("/api/admin/sessions", Map.of("title", Map.of("fr", "Coopératives", "en", "Co-ops"),
                "type", "WORKSHOP", "roomId", room, "start", "2026-12-03T10:00:00+01:00",
                "end", "2026-12-03T11:00:00+01:00"));
        String second = create("/api/admin/sessions", Map.of("title", Map.of("fr", "Logiciels libres",
                        "en", "Free software"), "type", "WORKSHOP", "roomId", room,
                "start", "2026-12-03T10:30:00+01:00", "end", "2026-12-03T11:30:00+01:00"));
        try {
            String french = page("/dashboard?day=2026-12-03");
            String english = page("/dashboard?day=2026-12-03&lang=en");
            String api = organiser().get().uri("/api/admin/schedule/conflicts").retrieve().body(String.class);

            assertThat(french).contains("La salle " + roomName
                    + " accueille deux séances en même temps : « Coopératives » et « Logiciels libres ».");
            assertThat(english).contains("Room " + roomName
                    + " holds two sessions at once: “Co-ops” and “Free software”.");
            assertThat(api).contains("Room " + roomName + " holds two sessions at once", first, second)
                    .doesNotContain("accueille");
        } finally {
            organiser().delete().uri("/api/admin/sessions/" + second).retrieve().toBodilessEntity();
        }
    }

    /** A registration confirmed upstream, as agenda-service keeps it; its manage token is its id. */
    private String attendee() {
        String id = UUID.randomUUID().toString();
        mongo.insert(new Attendee(id, "P", "N", id + "@example.org", null, "MEMBER", "fr", "CONFIRMED",
                ManageTokenHash.of(id), Instant.now(), UUID.randomUUID().toString(), null, null));
        return id;
    }

    private Map<?, ?> signUp(String sessionId, String registrationId) {
        var response = client(false).post().uri("/api/sessions/" + sessionId + "/signups")
                .header("X-Manage-Token", registrationId).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("registrationId", registrationId)).retrieve().toEntity(Map.class);
        assertThat(response.getStatusCode().is2xxSuccessful()).as(String.valueOf(response.getBody())).isTrue();
        return response.getBody();
    }
}
