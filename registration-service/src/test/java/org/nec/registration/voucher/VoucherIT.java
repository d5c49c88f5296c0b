package org.nec.registration.voucher;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.nec.testing.EmbeddedInfrastructure;
import org.nec.testing.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/** Speaker and press places are taken with an invitation code only, never more often than the code allows. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedInfrastructure
class VoucherIT {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    private RestClient http() {
        return RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { }).build();
    }

    private RestClient organiser() {
        return http().mutate().defaultHeaders(h -> h.setBasicAuth(TestAccounts.ORGANISER,
                TestAccounts.ORGANISER_PASSWORD)).build();
    }

    private static Map<String, Object> registration(String ticketType, String voucher) {
        Map<String, Object> body = new HashMap<>(Map.of("firstName", "Awa", "lastName", "Diallo",
                "email", "invited-" + UUID.randomUUID() + "@example.org", "organisation", "Coop",
                "ticketType", ticketType, "language", "fr", "answers", Map.of(),
                "consent", Map.of("privacyPolicy", true)));
        if (voucher != null) {
            body.put("voucher", voucher);
        }
        return body;
    }

    private ResponseEntity<Map> register(Map<String, Object> body) {
        return http().post().uri("/api/registrations").contentType(MediaType.APPLICATION_JSON).body(body).retrieve()
                .toEntity(Map.class);
    }

    private Map<?, ?> voucher(String ticketType, int uses) {
        var created = organiser().post().uri("/api/admin/vouchers").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("ticketType", ticketType, "uses", uses, "label", "Table ronde")).retrieve()
                .toEntity(Map.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return created.getBody();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> stored(String code) {
        return organiser().get().uri("/api/admin/vouchers/{code}", code).retrieve().body(Map.class);
    }

    private static List<Object> fields(ResponseEntity<Map> problem) {
        return ((List<?>) problem.getBody().get("errors")).stream().map(e -> ((Map<?, ?>) e).get("field"))
                .map(Object.class::cast).toList();
    }

    private static void assertVoucherError(ResponseEntity<Map> answer, String message) {
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat((List<?>) answer.getBody().get("errors")).hasSize(1);
        assertThat((Map<?, ?>) ((List<?>) answer.getBody().get("errors")).get(0))
                .isEqualTo(Map.of("field", "voucher", "message", message));
    }

    @Test
    void speakerAndPressAreByInvitationAndAWrongCodeAnswersAsARevokedOne() {
        List<?> types = http().get().uri("/api/ticket-types").retrieve().body(List.class);
        Map<Object, Object> restricted = new HashMap<>();
        types.forEach(t -> restricted.put(((Map<?, ?>) t).get("code"), ((Map<?, ?>) t).get("restricted")));
        assertThat(restricted).containsEntry("SPEAKER", true).containsEntry("PRESS", true)
                .containsEntry("MEMBER", false).containsEntry("NON_MEMBER", false);

        String revoked = (String) voucher("PRESS", 5).get("code");
        var revocation = organiser().delete().uri("/api/admin/vouchers/{code}", revoked).retrieve().toEntity(Map.class);
        String forSpeakers = (String) voucher("SPEAKER", 1).get("code");

        assertVoucherError(register(registration("SPEAKER", null)),
                "is required: this ticket type is by invitation only");
        var wrong = register(registration("PRESS", "ABCDEFGHJKMN"));
        var withRevoked = register(registration("PRESS", revoked));
        var otherType = register(registration("PRESS", forSpeakers));
        for (var refused : List.of(wrong, withRevoked, otherType)) {
            assertVoucherError(refused, "is not a valid invitation code");
        }
        assertThat(withRevoked.getBody()).isEqualTo(wrong.getBody());
        assertThat(revocation.getBody().get("revoked")).isEqualTo(true);
        assertThat(register(registration("MEMBER", null)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(stored(forSpeakers)).containsEntry("used", 0);
    }

    @Test
    void aCodeIsRandomUnambiguousAndTypedInAnyCase() {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            codes.add((String) voucher("SPEAKER", 1).get("code"));
        }
        assertThat(codes).doesNotHaveDuplicates()
                .allSatisfy(code -> assertThat(code).matches("[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{12}"));

        String code = codes.get(0);
        String typed = " " + code.substring(0, 4).toLowerCase() + "-" + code.substring(4).toLowerCase() + " ";
        var created = register(registration("SPEAKER", typed));

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(stored(code)).containsEntry("used", 1).containsEntry("remaining", 0)
                .containsEntry("registrationIds", List.of(created.getBody().get("id")));
    }

    @Test
    void aCodeForThreeIsNeverUsedFourTimesUnderConcurrentRegistrations() throws Exception {
        String code = (String) voucher("SPEAKER", 3).get("code");
        JsonMapper json = JsonMapper.builder().build();
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        for (int i = 0; i < 12; i++) {
            calls.add(client.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                            + "/api/registrations")).header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(registration("SPEAKER",
                            code)))).build(), HttpResponse.BodyHandlers.ofString()));
        }
        CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        List<Integer> statuses = calls.stream().map(c -> c.join().statusCode()).toList();

        assertThat(statuses).filteredOn(s -> s == 201).hasSize(3);
        assertThat(statuses).filteredOn(s -> s == 400).hasSize(9);
        Map<String, Object> voucher = stored(code);
        assertThat(voucher).containsEntry("used", 3).containsEntry("remaining", 0);
        assertThat(mongo.count(Query.query(Criteria.where("_id").in((List<?>) voucher.get("registrationIds"))
                .and("ticketType").is("SPEAKER")), "registrations")).isEqualTo(3);
    }

    @Test
    void aRefusedRegistrationUsesNothingAndACancelledOneGivesItsUseBack() {
        String code = (String) voucher("PRESS", 2).get("code");
        Map<String, Object> badName = registration("PRESS", code);
        badName.put("firstName", "");
        Map<String, Object> first = registration("PRESS", code);
        Map<String, Object> sameAddress = registration("PRESS", code);
        sameAddress.put("email", first.get("email"));

        assertThat(register(badName).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(stored(code)).containsEntry("used", 0);
        var created = register(first);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(register(sameAddress).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(stored(code)).as("the refused duplicate gave its use back").containsEntry("used", 1);

        String url = (String) created.getBody().get("manageUrl");
        var cancelled = http().delete().uri("/api/registrations/{id}", created.getBody().get("id"))
                .header("X-Manage-Token", url.substring(url.indexOf("token=") + 6)).retrieve().toBodilessEntity();
        assertThat(cancelled.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(stored(code)).containsEntry("used", 0).containsEntry("remaining", 2);
        assertThat(register(registration("PRESS", code)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(register(registration("PRESS", code)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertVoucherError(register(registration("PRESS", code)), "is not a valid invitation code");
        assertThat(stored(code)).containsEntry("used", 2).containsEntry("remaining", 0);
    }

    @Test
    void theAdminApiChecksItsInputPagesItsListAndNeedsTheOrganiser() {
        var badInput = organiser().post().uri("/api/admin/vouchers").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("ticketType", "NOPE", "uses", 0)).retrieve().toEntity(Map.class);
        var unknownType = organiser().post().uri("/api/admin/vouchers").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("ticketType", "NOPE")).retrieve().toEntity(Map.class);
        var anonymous = http().get().uri("/api/admin/vouchers").retrieve().toEntity(Map.class);
        for (int i = 0; i < 3; i++) {
            voucher("PRESS", 2);
        }
        var firstPage = organiser().get().uri("/api/admin/vouchers?ticketType=PRESS&size=2").retrieve()
                .toEntity(List.class);
        var tooBig = organiser().get().uri("/api/admin/vouchers?size=10001").retrieve().toEntity(Map.class);
        var unknownCode = organiser().delete().uri("/api/admin/vouchers/NOSUCHCODE23").retrieve().toEntity(Map.class);

        assertThat(badInput.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(badInput))
                .contains("uses");
        assertThat(unknownType.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(unknownType))
                .containsExactly("ticketType");
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(firstPage.getBody()).hasSize(2);
        long total = Long.parseLong(firstPage.getHeaders().getFirst("X-Total-Count"));
        assertThat(total).isGreaterThanOrEqualTo(3);
        assertThat(firstPage.getHeaders().getFirst("Link"))
                .contains("</api/admin/vouchers?ticketType=PRESS&page=1&size=2>; rel=\"next\"")
                .contains("rel=\"last\"").doesNotContain("rel=\"prev\"");
        assertThat(tooBig.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(tooBig))
                .containsExactly("size");
        assertThat(unknownCode.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknownCode.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }
}
