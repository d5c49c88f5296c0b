package org.nec.registration.attendees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.nec.events.Topics;
import org.nec.events.registration.RegistrationErased;
import org.nec.registration.console.ConsoleClient;
import org.nec.testing.EmbeddedInfrastructure;
import org.nec.testing.TopicRecords;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The organiser's registration pages: list, search, paging, detail, and the actions taken from them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"nec.check-in.password=door-secret-42", "nec.registration.public-url=http://front.example"})
@EmbeddedInfrastructure
class RegistrationConsoleIT {

    private static final Pattern ROW = Pattern.compile("data-registration=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    private ConsoleClient console() {
        return new ConsoleClient(port);
    }

    private Map<?, ?> register(String email, String organisation, String ticketType) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("firstName", "Aïcha", "lastName", "Martin",
                "email", email, "organisation", organisation, "ticketType", ticketType, "language", "fr",
                "answers", Map.of(), "consent", Map.of("privacyPolicy", true)));
        if ("PRESS".equals(ticketType)) {
            // press places are by invitation since vouchers exist: the organiser hands out a code first
            body.put("voucher", console().organiser().post().uri("/api/admin/vouchers")
                    .contentType(MediaType.APPLICATION_JSON).body(Map.of("ticketType", "PRESS"))
                    .retrieve().body(Map.class).get("code"));
        }
        var created = console().anonymous().post().uri("/api/registrations").contentType(MediaType.APPLICATION_JSON)
                .body(body).retrieve().toEntity(Map.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return created.getBody();
    }

    private Map<String, Object> stored(String email) {
        List<Map<String, Object>> rows = console().organiser().get()
                .uri("/api/admin/registrations?q={q}", email).retrieve()
                .body(new ParameterizedTypeReference<>() { });
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    private static List<String> rowsOf(ResponseEntity<String> page) {
        return ROW.matcher(page.getBody()).results().map(m -> m.group(1)).toList();
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    @Test
    void everyConsolePageSendsAStrangerToTheLoginForm() {
        String email = unique("stranger");
        String id = (String) register(email, "Coop", "MEMBER").get("id");
        for (String path : List.of("/admin/registrations", "/admin/registrations/" + id,
                "/admin/registrations/" + id + "/erasure", "/admin/ticket-types", "/admin/questions")) {
            var answer = console().anonymous().get().uri(path).accept(MediaType.TEXT_HTML).retrieve()
                    .toBodilessEntity();
            assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.FOUND);
            assertThat(answer.getHeaders().getLocation().getPath()).as(path).isEqualTo("/login");
        }
        var post = console().anonymous().post().uri("/admin/registrations/" + id + "/cancel")
                .header("Authorization", "Basic " + java.util.Base64.getEncoder()
                        .encodeToString("organiser:wrong".getBytes()))
                .retrieve().toBodilessEntity();
        assertThat(post.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(stored(email).get("status")).isEqualTo("CONFIRMED");
    }

    @Test
    void theListSearchesFiltersAndPagesTwentyFiveAtATime() {
        String organisation = "Paging " + UUID.randomUUID().toString().substring(0, 8);
        String press26 = null;
        for (int i = 0; i < 27; i++) {
            press26 = (String) register(unique("page" + i), organisation, i == 26 ? "PRESS" : "MEMBER").get("id");
        }
        // the API's order (oldest first) is the order of the pages
        List<Map<String, Object>> api = console().organiser().get().uri("/api/admin/registrations?q={q}",
                organisation).retrieve().body(new ParameterizedTypeReference<>() { });
        List<String> ids = api.stream().map(r -> (String) r.get("id")).toList();
        String pressId = press26;
        ResponseEntity<List<Map<String, Object>>> apiPage = console().organiser().get()
                .uri("/api/admin/registrations?q={q}&size=10&page=2", organisation).retrieve()
                .toEntity(new ParameterizedTypeReference<>() { });
        assertThat(apiPage.getBody()).extracting(r -> r.get("id")).containsExactlyElementsOf(ids.subList(20, 27));
        assertThat(apiPage.getHeaders().getFirst("X-Total-Count")).isEqualTo("27");
        assertThat(apiPage.getHeaders().getFirst("Link")).contains("page=1&size=10>; rel=\"prev\"",
                "page=0&size=10>; rel=\"first\"", "page=2&size=10>; rel=\"last\"").doesNotContain("rel=\"next\"");
        assertThat(console().organiser().get().uri("/api/admin/registrations?page=-1").retrieve()
                .toEntity(Map.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

        var first = console().page("/admin/registrations?q=" + organisation.replace(' ', '+'));
        var second = console().page("/admin/registrations?q=" + organisation.replace(' ', '+') + "&page=1&lang=en");
        var beyond = console().page("/admin/registrations?q=" + organisation.replace(' ', '+') + "&page=2");
        var press = console().page("/admin/registrations?q=" + organisation.replace(' ', '+')
                + "&ticketType=PRESS&status=CONFIRMED");
        var cancelled = console().page("/admin/registrations?q=" + organisation.replace(' ', '+')
                + "&status=CANCELLED");

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
        ConsoleClient.assertUniqueIds(first.getBody());
        assertThat(first.getBody().length()).isLessThan(150_000);
        assertThat(rowsOf(first)).containsExactlyElementsOf(ids.subList(0, 25));
        assertThat(first.getBody()).contains("Inscriptions", "data-action=\"download-csv\"", "rel=\"next\"",
                "class=\"console-nav\"", "aria-current=\"page\"", "<svg class=\"chart\"")
                .doesNotContain("rel=\"prev\"");
        assertThat(rowsOf(second)).containsExactlyElementsOf(ids.subList(25, 27));
        assertThat(second.getBody()).contains("Registrations", "rel=\"prev\"").doesNotContain("rel=\"next\"");
        assertThat(rowsOf(beyond)).isEmpty();
        assertThat(beyond.getBody()).contains("Aucune inscription ne correspond");
        assertThat(ids).hasSize(27);
        assertThat(rowsOf(press)).containsExactly(pressId);
        assertThat(rowsOf(cancelled)).isEmpty();
        assertThat(first.getBody()).contains("/api/admin/registrations?q=" + organisation.replace(" ", "%20")
                + "&amp;format=csv");
        var csv = console().organiser().get().uri("/api/admin/registrations?q={q}&ticketType=PRESS&format=csv",
                organisation).retrieve().toEntity(String.class);
        assertThat(csv.getBody()).contains(pressId).doesNotContain(ids.stream().filter(i -> !i.equals(pressId))
                .findFirst().orElseThrow());
    }

    @Test
    void theDetailShowsTheRegistrationAndChecksItInOnce() {
        String question = "diet-" + UUID.randomUUID().toString().substring(0, 6);
        console().organiser().post().uri("/api/admin/questions").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("id", question, "label", Map.of("fr", "Régime alimentaire", "en", "Diet"),
                        "kind", "SINGLE_CHOICE", "required", false, "options", List.of(Map.of("value", "veg",
                                "label", Map.of("fr", "Végétarien", "en", "Vegetarian")))))
                .retrieve().toBodilessEntity();
        String email = unique("detail");
        String id = (String) console().anonymous().post().uri("/api/registrations")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("firstName", "Aïcha", "lastName", "Martin", "email", email,
                        "organisation", "Coop des Communs", "ticketType", "MEMBER", "language", "fr",
                        "answers", Map.of(question, "veg"), "consent", Map.of("privacyPolicy", true)))
                .retrieve().body(Map.class).get("id");

        var detail = console().page("/admin/registrations/" + id);
        var checkedIn = console().post("/admin/registrations/" + id + "/check-in", Map.of("lang", "en"));
        var checkedInAt = stored(email).get("checkedInAt");
        var twice = console().post("/admin/registrations/" + id + "/check-in", Map.of());
        var refusedPage = console().page(twice.getHeaders().getLocation().toString());

        assertThat(detail.getStatusCode()).isEqualTo(HttpStatus.OK);
        ConsoleClient.assertUniqueIds(detail.getBody());
        assertThat(detail.getBody()).contains("Aïcha Martin", email, "Coop des Communs", "Confirmée",
                "Régime alimentaire", "Végétarien",
                "data-action=\"check-in\"", "data-action=\"cancel-registration\"",
                "/admin/registrations/" + id + "/erasure");
        assertThat(checkedIn.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(checkedIn.getHeaders().getLocation().getPath()).isEqualTo("/admin/registrations/" + id);
        assertThat(checkedIn.getHeaders().getLocation().getQuery()).isEqualTo("lang=en&done=checked-in");
        assertThat(checkedInAt).isNotNull();
        assertThat(twice.getHeaders().getLocation().getQuery()).contains("refused=already-checked-in");
        assertThat(refusedPage.getBody()).contains("Entrée déjà validée").doesNotContain("data-action=\"check-in\"");
        assertThat(stored(email).get("checkedInAt")).isEqualTo(checkedInAt);
    }

    @Test
    void cancellingFromTheConsoleGivesTheSeatToTheFirstInLine() {
        String type = "ONE-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        console().organiser().post().uri("/api/admin/ticket-types").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("code", type, "label", Map.of("fr", "Un", "en", "One"), "capacity", 1))
                .retrieve().toBodilessEntity();
        String holderEmail = unique("holder");
        String waitingEmail = unique("waiting");
        String holder = (String) register(holderEmail, "Coop", type).get("id");
        String waiting = (String) register(waitingEmail, "Coop", type).get("id");
        var waitingPage = console().page("/admin/registrations/" + waiting);

        var cancelled = console().post("/admin/registrations/" + holder + "/cancel", Map.of());
        var again = console().post("/admin/registrations/" + holder + "/cancel", Map.of());
        var checkInCancelled = console().post("/admin/registrations/" + holder + "/check-in", Map.of());

        assertThat(waitingPage.getBody()).contains("Liste d’attente, position 1");
        assertThat(cancelled.getHeaders().getLocation().getQuery()).isEqualTo("lang=fr&done=cancelled");
        assertThat(stored(holderEmail).get("status")).isEqualTo("CANCELLED");
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(stored(waitingEmail).get("status")).isEqualTo("CONFIRMED"));
        assertThat(again.getHeaders().getLocation().getQuery()).contains("refused=not-active");
        assertThat(checkInCancelled.getHeaders().getLocation().getQuery()).contains("refused=not-confirmed");
        assertThat(console().page("/admin/registrations/" + holder + "?refused=not-confirmed").getBody())
                .contains("seule une inscription confirmée peut entrer");
    }

    @Test
    void erasingAsksForConfirmationThenErasesEverywhere() {
        String email = unique("erase");
        String id = (String) register(email, "Coop", "MEMBER").get("id");

        var confirmation = console().page("/admin/registrations/" + id + "/erasure?lang=en");
        assertThat(stored(email).get("status")).isEqualTo("CONFIRMED");
        var erased = console().post("/admin/registrations/" + id + "/erasure", Map.of());
        var after = console().page("/admin/registrations/" + id);

        assertThat(confirmation.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(confirmation.getBody()).contains("Erase the personal data", email, "data-action=\"erase\"");
        assertThat(erased.getHeaders().getLocation().getQuery()).isEqualTo("lang=fr&done=erased");
        List<Map<String, Object>> all = console().organiser().get().uri("/api/admin/registrations?status=ERASED")
                .retrieve().body(new ParameterizedTypeReference<>() { });
        assertThat(all).filteredOn(r -> id.equals(r.get("id"))).singleElement()
                .satisfies(r -> assertThat(r).doesNotContainKey("email").doesNotContainKey("firstName"));
        assertThat(after.getBody()).contains("Données effacées").doesNotContain(email);
        try (var records = new TopicRecords(bootstrapServers, Topics.REGISTRATION)) {
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(records.events())
                    .anyMatch(e -> e.aggregateId().equals(id) && e.payload() instanceof RegistrationErased));
        }
    }

    @Test
    void anUnknownRegistrationIsAConsoleNotFoundPage() {
        var page = console().page("/admin/registrations/no-such-id");
        var action = console().post("/admin/registrations/no-such-id/cancel", Map.of());

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(page.getBody()).contains("Introuvable", "class=\"console-nav\"");
        assertThat(action.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aSignedInBrowserMustSendTheCsrfTokenWithAForm() {
        String email = unique("csrf");
        String id = (String) register(email, "Coop", "MEMBER").get("id");
        var browser = console().signIn();
        var detail = browser.get("/admin/registrations/" + id);

        var withoutToken = browser.post("/admin/registrations/" + id + "/cancel", Map.of("lang", "fr"));
        String statusAfterRefusal = (String) stored(email).get("status");
        var withToken = browser.post("/admin/registrations/" + id + "/cancel",
                Map.of("lang", "fr", "_csrf", ConsoleClient.csrfTokenIn(detail.getBody())));

        assertThat(detail.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(withoutToken.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(statusAfterRefusal).isEqualTo("CONFIRMED");
        assertThat(withToken.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(stored(email).get("status")).isEqualTo("CANCELLED");
    }

    @Test
    void aConfirmedAttendeeIsLinkedToTheirProgrammeAndTheFormToThePublicOne() {
        var created = register(unique("programme"), "Coop", "MEMBER");
        String id = (String) created.get("id");
        String url = (String) created.get("manageUrl");
        String token = url.substring(url.indexOf("token=") + 6);

        var manage = console().anonymous().get().uri("/manage/{id}?token={token}&lang=en", id, token).retrieve()
                .toEntity(String.class);
        var form = console().anonymous().get().uri("/").retrieve().toEntity(String.class);
        console().post("/admin/registrations/" + id + "/cancel", Map.of());
        var cancelled = console().anonymous().get().uri("/manage/{id}?token={token}", id, token).retrieve()
                .toEntity(String.class);

        assertThat(url).startsWith("http://front.example/manage/" + id);
        assertThat(manage.getBody()).contains("data-action=\"my-programme\"", "My programme: choose my sessions",
                "href=\"/my-programme/" + id + "?token=" + token + "&amp;lang=en\"");
        assertThat(form.getBody()).contains("href=\"/programme?lang=fr\"");
        assertThat(cancelled.getBody()).doesNotContain("data-action=\"my-programme\"");
    }

    @Test
    void theCheckInPageShowsTheConsoleToTheOrganiserOnly() {
        var organiser = console().page("/check-in");
        var volunteer = console().anonymous().get().uri("/check-in")
                .headers(h -> h.setBasicAuth("volunteer", "door-secret-42")).retrieve().toEntity(String.class);

        assertThat(organiser.getBody()).contains("class=\"console-nav\"", "data-action=\"sign-out\"");
        assertThat(volunteer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(volunteer.getBody()).doesNotContain("console-nav").doesNotContain("data-action=\"sign-out\"");
        assertThat(console().anonymous().get().uri("/admin/registrations")
                .headers(h -> h.setBasicAuth("volunteer", "door-secret-42")).retrieve().toBodilessEntity()
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }
}
