package org.nec.agenda.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.nec.agenda.attendee.AttendeeProjection;
import org.nec.events.EventEnvelope;
import org.nec.events.EventJson;
import org.nec.events.Topics;
import org.nec.events.registration.ManageTokenHash;
import org.nec.events.registration.RegistrationConfirmed;
import org.nec.events.registration.RegistrationWaitlisted;
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

/** The attendee's journey in the browser: the public programme's seats, and taking and giving back seats. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.application.name=my-programme-tests", "nec.agenda.public-url=https://nec.example"})
@EmbeddedInfrastructure
class MyProgrammeIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern CSRF_COOKIE = Pattern.compile("XSRF-TOKEN=([^;]+)");

    @LocalServerPort
    int port;

    @Autowired
    KafkaTemplate<String, Object> kafka;

    @Autowired
    AttendeeProjection attendees;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theProgrammeCountsSeatsLeftAndTheWaitingListAsPeopleSignUp() {
        String room = room("Salle Ostrom");
        String workshop = session(room, "Atelier des coopératives", "2026-12-03T10:00:00+01:00",
                "2026-12-03T11:00:00+01:00", 1);
        publish();
        List<String> ids = confirmedAttendees(2);

        assertThat(programmed(workshop)).containsEntry("signupRequired", true).containsEntry("capacity", 1)
                .containsEntry("seatsTaken", 0).containsEntry("seatsLeft", 1).containsEntry("waitlisted", 0);
        ids.forEach(id -> assertThat(signUpByApi(workshop, id).statusCode()).isEqualTo(201));

        assertThat(programmed(workshop)).containsEntry("seatsTaken", 1).containsEntry("seatsLeft", 0)
                .containsEntry("waitlisted", 1);
        HttpResponse<String> page = get("/programme");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Atelier des coopératives",
                "Inscription requise — complet : 1 personne sur la liste d&#39;attente", "href=\"/programme?lang=en\"",
                "\"@type\":\"Event\"");
        assertThat(get("/programme?lang=en").body()).contains("Sign-up required — full: 1 person on the waiting list");
    }

    @Test
    void aWrongTokenShowsTheSameNotFoundPageAsAnUnknownRegistration() {
        String id = confirmedAttendees(1).get(0);

        HttpResponse<String> wrong = get("/my-programme/" + id + "?token=wrong");
        HttpResponse<String> unknown = get("/my-programme/" + UUID.randomUUID() + "?token=token-" + id);
        HttpResponse<String> right = get("/my-programme/" + id + "?token=token-" + id);

        assertThat(wrong.statusCode()).isEqualTo(404);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(wrong.body()).isEqualTo(unknown.body()).contains("Page introuvable");
        assertThat(right.statusCode()).isEqualTo(200);
        assertThat(right.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(wrong.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(right.body()).doesNotContain("<script").doesNotContain("style=")
                .contains("href=\"webcal://nec.example/agenda/" + id + ".ics?token=token-" + id + "\"")
                .contains("href=\"/agenda/" + id + ".ics?token=token-" + id + "\" download")
                .contains("href=\"/manage/" + id + "?token=token-" + id + "&amp;lang=fr\"");
    }

    @Test
    void theFormsSeatTheAttendeeLineUpTheNextAndGivingTheSeatBackPromotesThem() {
        String room = room("Salle Gide");
        String workshop = session(room, "Atelier logiciels libres", "2026-12-04T10:00:00+01:00",
                "2026-12-04T11:00:00+01:00", 1);
        publish();
        List<String> ids = confirmedAttendees(2);
        String first = ids.get(0);
        String second = ids.get(1);

        HttpResponse<String> english = get(page(first) + "&lang=en");
        assertThat(english.body()).contains("data-action=\"sign-up\"", "Take a seat");
        HttpResponse<String> seated = post(page(first), "/my-programme/" + first + "/signups",
                Map.of("sessionId", workshop, "token", "token-" + first, "lang", "fr"));
        assertThat(seated.statusCode()).isEqualTo(303);
        assertThat(seated.headers().firstValue("Location").orElseThrow()).contains("done=seated");
        assertThat(status(first, workshop)).isEqualTo("SEATED");
        assertThat(get(location(seated)).body()).contains("role=\"status\"", "Vous avez une place",
                "data-action=\"give-up\"", "Libérer ma place");

        assertThat(get(page(second)).body()).contains("Rejoindre la liste d&#39;attente");
        HttpResponse<String> waitlisted = post(page(second), "/my-programme/" + second + "/signups",
                Map.of("sessionId", workshop, "token", "token-" + second, "lang", "fr"));
        assertThat(waitlisted.headers().firstValue("Location").orElseThrow()).contains("done=waitlisted");
        assertThat(status(second, workshop)).isEqualTo("WAITLISTED 1");
        assertThat(get(location(waitlisted)).body()).contains("Liste d&#39;attente : position 1",
                "Quitter la liste d&#39;attente", "data-action=\"give-up\"");

        HttpResponse<String> released = post(page(first), "/my-programme/" + first + "/signups/" + workshop
                + "/give-up", Map.of("token", "token-" + first, "lang", "fr"));
        assertThat(released.statusCode()).isEqualTo(303);
        assertThat(released.headers().firstValue("Location").orElseThrow()).contains("done=released");
        assertThat(status(first, workshop)).isEqualTo("NONE");
        assertThat(status(second, workshop)).isEqualTo("SEATED");
        assertThat(programmed(workshop)).containsEntry("seatsTaken", 1).containsEntry("waitlisted", 0);
    }

    @Test
    void anAttendeeOnTheEventsWaitingListSeesTheProgrammeWithoutSigningUp() {
        String room = room("Salle Gide");
        String workshop = session(room, "Atelier en attente", "2026-12-03T14:00:00+01:00",
                "2026-12-03T15:00:00+01:00", 5);
        publish();
        String id = UUID.randomUUID().toString();
        var waitlisted = new RegistrationWaitlisted(id, "P", "N", id + "@example.org", null, "MEMBER", "fr",
                "http://x/manage/" + id, ManageTokenHash.of("token-" + id), 3);
        kafka.send(Topics.REGISTRATION, id, EventJson.toBytes(EventEnvelope.wrap(waitlisted, Instant.now())));
        await().atMost(Duration.ofSeconds(30)).until(() -> get(page(id)).statusCode() == 200);

        HttpResponse<String> shown = get(page(id));
        // the page has no form to take a token from; an Authorization header spares the CSRF check
        HttpResponse<String> attempt = send(HttpRequest.newBuilder(uri("/my-programme/" + id + "/signups"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        (TestAccounts.ORGANISER + ":" + TestAccounts.ORGANISER_PASSWORD).getBytes()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("token", "token-" + id, "sessionId", workshop))))
                .build());

        assertThat(shown.body()).contains("Atelier en attente", "liste d’attente de la rencontre")
                .doesNotContain("data-action=\"sign-up\"");
        assertThat(attempt.statusCode()).as("no seat for a registration on the waiting list").isEqualTo(404);
        assertThat(signUpByApi(workshop, id).statusCode()).isEqualTo(404);
        assertThat(programmed(workshop)).containsEntry("seatsTaken", 0).containsEntry("waitlisted", 0);
    }

    @Test
    void aFormPostWithoutItsCsrfTokenOrWithAWrongTokenChangesNothing() {
        String room = room("Salle Hypatia");
        String workshop = session(room, "Atelier sobriété", "2026-12-04T14:00:00+01:00",
                "2026-12-04T15:00:00+01:00", 5);
        publish();
        String id = confirmedAttendees(1).get(0);

        HttpResponse<String> withoutCsrf = send(HttpRequest.newBuilder(uri("/my-programme/" + id + "/signups"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("sessionId", workshop, "token", "token-" + id))))
                .build());
        HttpResponse<String> wrongToken = post(page(id), "/my-programme/" + id + "/signups",
                Map.of("sessionId", workshop, "token", "wrong", "lang", "fr"));

        assertThat(withoutCsrf.statusCode()).isEqualTo(403);
        assertThat(wrongToken.statusCode()).isEqualTo(404);
        assertThat(status(id, workshop)).isEqualTo("NONE");
    }

    @Test
    void anOverlappingSignUpNamesTheSessionItClashesWithAndChangesNothing() {
        String room = room("Salle Lovelace");
        String otherRoom = room("Salle Turing");
        String held = session(room, "Atelier communs numériques", "2026-12-05T10:00:00+01:00",
                "2026-12-05T12:00:00+01:00", 10);
        String clashing = session(otherRoom, "Atelier IA responsable", "2026-12-05T11:00:00+01:00",
                "2026-12-05T12:30:00+01:00", 10);
        publish();
        String id = confirmedAttendees(1).get(0);
        post(page(id), "/my-programme/" + id + "/signups", Map.of("sessionId", held, "token", "token-" + id,
                "lang", "fr"));

        HttpResponse<String> refused = post(page(id), "/my-programme/" + id + "/signups",
                Map.of("sessionId", clashing, "token", "token-" + id, "lang", "fr"));

        assertThat(refused.statusCode()).isEqualTo(303);
        assertThat(refused.headers().firstValue("Location").orElseThrow()).contains("refused=overlap");
        assertThat(get(location(refused)).body()).contains("role=\"alert\"",
                "Cet atelier a lieu en même temps que « Atelier communs numériques », où vous avez déjà une place.");
        assertThat(get(location(refused).replace("lang=fr", "lang=en")).body()).contains(
                "This session takes place at the same time as “Atelier communs numériques”");
        assertThat(status(id, held)).isEqualTo("SEATED");
        assertThat(status(id, clashing)).isEqualTo("NONE");
        assertThat(programmed(clashing)).containsEntry("seatsTaken", 0);
        HttpResponse<String> api = signUpByApi(clashing, id);
        assertThat(api.statusCode()).isEqualTo(409);
        assertThat(api.body()).contains("Atelier communs numériques", held);
    }

    // --- the organiser's side, as a test sets it up

    private RestClient organiser() {
        return RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultHeaders(h -> h.setBasicAuth(TestAccounts.ORGANISER, TestAccounts.ORGANISER_PASSWORD))
                .defaultStatusHandler(status -> true, (request, response) -> { }).build();
    }

    private String create(String path, Map<String, Object> body) {
        return (String) organiser().post().uri(path).contentType(MediaType.APPLICATION_JSON).body(body).retrieve()
                .body(Map.class).get("id");
    }

    private String room(String name) {
        return create("/api/admin/rooms", Map.of("name", name + " " + UUID.randomUUID(), "capacity", 60));
    }

    private String session(String room, String title, String start, String end, int capacity) {
        return create("/api/admin/sessions", Map.of("title", Map.of("fr", title, "en", title), "type", "WORKSHOP",
                "roomId", room, "start", start, "end", end, "capacity", capacity, "signupRequired", true));
    }

    private void publish() {
        var release = organiser().post().uri("/api/admin/schedule/releases").retrieve().toEntity(Map.class);
        assertThat(release.getStatusCode()).as(String.valueOf(release.getBody())).isEqualTo(HttpStatus.CREATED);
    }

    /** Registrations confirmed upstream, as agenda-service has learnt them from registration.events. */
    private List<String> confirmedAttendees(int count) {
        List<String> ids = java.util.stream.IntStream.range(0, count).mapToObj(i -> UUID.randomUUID().toString())
                .toList();
        for (String id : ids) {
            var confirmed = new RegistrationConfirmed(id, "P", "N", id + "@example.org", null, "MEMBER", "fr",
                    "http://x/manage/" + id, ManageTokenHash.of("token-" + id), "code");
            kafka.send(Topics.REGISTRATION, id, EventJson.toBytes(EventEnvelope.wrap(confirmed, Instant.now())));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> ids.stream()
                .allMatch(id -> attendees.confirmedWithToken(id, "token-" + id).isPresent()));
        return ids;
    }

    // --- the attendee's side

    private static String page(String id) {
        return "/my-programme/" + id + "?token=token-" + id;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> programmed(String sessionId) {
        List<Map<String, Object>> sessions = (List<Map<String, Object>>) JSON.readValue(get("/api/programme").body(),
                Map.class).get("sessions");
        return sessions.stream().filter(s -> sessionId.equals(s.get("id"))).findFirst().orElseThrow();
    }

    private HttpResponse<String> signUpByApi(String sessionId, String id) {
        return send(HttpRequest.newBuilder(uri("/api/sessions/" + sessionId + "/signups"))
                .header("X-Manage-Token", "token-" + id).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"registrationId\":\"" + id + "\"}")).build());
    }

    /** SEATED, WAITLISTED and the position, or NONE, as the agenda API tells it. */
    private String status(String id, String sessionId) {
        HttpResponse<String> agenda = send(HttpRequest.newBuilder(uri("/api/registrations/" + id + "/agenda"))
                .header("X-Manage-Token", "token-" + id).build());
        assertThat(agenda.statusCode()).isEqualTo(200);
        List<?> held = JSON.readValue(agenda.body(), List.class);
        return held.stream().map(h -> (Map<?, ?>) h)
                .filter(h -> sessionId.equals(((Map<?, ?>) h.get("session")).get("id")))
                .map(h -> (Map<?, ?>) h.get("signup"))
                .map(s -> "SEATED".equals(s.get("status")) ? "SEATED" : "WAITLISTED " + s.get("position"))
                .findFirst().orElse("NONE");
    }

    /**
     * Posts a page's form as a browser does: the page is read first for its CSRF token, sent back both as the
     * {@code XSRF-TOKEN} cookie it set and as the form's hidden {@code _csrf} field.
     */
    private HttpResponse<String> post(String pagePath, String action, Map<String, String> fields) {
        HttpResponse<String> page = get(pagePath);
        assertThat(page.statusCode()).isEqualTo(200);
        Matcher cookie = CSRF_COOKIE.matcher(String.join("\n", page.headers().allValues("Set-Cookie")));
        Matcher field = CSRF_FIELD.matcher(page.body());
        assertThat(cookie.find()).as("the XSRF-TOKEN cookie").isTrue();
        assertThat(field.find()).as("the _csrf field").isTrue();
        Map<String, String> body = new LinkedHashMap<>(fields);
        body.put("_csrf", field.group(1));
        return send(HttpRequest.newBuilder(uri(action)).header("Cookie", "XSRF-TOKEN=" + cookie.group(1))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(body))).build());
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static String location(HttpResponse<String> redirect) {
        return redirect.headers().firstValue("Location").orElseThrow();
    }

    private HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).build());
    }

    private URI uri(String path) {
        return URI.create(path.startsWith("http") ? path : "http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
