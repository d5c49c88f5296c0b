package org.nec.registration.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.nec.testing.EmbeddedInfrastructure;
import org.nec.testing.fuzz.Fuzzer;
import org.nec.testing.fuzz.Target;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * 5,000 generated malformed requests over every public endpoint: no server error, a problem on every refusal of
 * the JSON API, and nothing stored or changed. The rate limit is off so it cannot hide what lies behind it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "nec.abuse.rate-limit-per-minute=0")
@EmbeddedInfrastructure
class RegistrationFuzzIT {

    private static final String TOKEN = "X-Manage-Token";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Test
    void malformedRequestsAreRefusedCleanlyAndStoreNothing() throws Exception {
        Map<?, ?> created = RestClient.create("http://127.0.0.1:" + port).post().uri("/api/registrations")
                .contentType(MediaType.APPLICATION_JSON).body(RegistrationScenarios.registrationFor("fuzz@example.org"))
                .retrieve().toEntity(Map.class).getBody();
        String id = (String) created.get("id");
        String token = RegistrationScenarios.token(created);
        Map<String, Long> countsBefore = counts();
        Document before = mongo.findById(id, Document.class, "registrations");

        Fuzzer.Report report = new Fuzzer(20261130L, port).run(targets(id, token), 5_000, Duration.ofSeconds(50));

        System.out.println("registration-service fuzzing: " + report);
        assertThat(report.sent()).isEqualTo(5_000);
        assertThat(report.violations()).as(report.toString()).isEmpty();
        assertThat(counts()).isEqualTo(countsBefore);
        Document after = mongo.findById(id, Document.class, "registrations");
        for (String field : List.of("firstName", "lastName", "organisation", "language", "answers", "status")) {
            assertThat(after.get(field)).as(field).isEqualTo(before.get(field));
        }
        assertThat(RestClient.create("http://127.0.0.1:" + port).get().uri("/api/registrations/{id}", id)
                .header(TOKEN, token).retrieve().toEntity(Map.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    /** Every public endpoint; the calls that would cancel or erase only ever get a wrong token. */
    private static List<Target> targets(String id, String token) {
        Supplier<Map<String, Object>> registration = () -> new HashMap<>(
                RegistrationScenarios.registrationFor("fuzz-" + UUID.randomUUID() + "@example.org"));
        Supplier<Map<String, Object>> change = () -> new LinkedHashMap<>(Map.of("firstName", "Zoé",
                "lastName", "Martin", "organisation", "Coop", "language", "en", "answers", Map.of()));
        String wrongToken = "wrong-" + token;
        return List.of(
                Target.json("POST", "/api/registrations", registration),
                Target.json("PUT", "/api/registrations", registration),
                Target.get("/api/registrations/{id}").withSegment("id", id).withHeader(TOKEN, token),
                Target.json("PATCH", "/api/registrations/{id}", change).withSegment("id", id).withHeader(TOKEN, token),
                Target.get("/api/registrations/{id}").as("DELETE").withSegment("id", id).withHeader(TOKEN, wrongToken),
                Target.get("/api/registrations/{id}/erasure").as("POST").withSegment("id", id)
                        .withHeader(TOKEN, wrongToken),
                Target.json("POST", "/api/manage-links", () -> Map.of("email", "fuzz@example.org")),
                Target.get("/api/questions"),
                Target.get("/api/ticket-types"),
                Target.json("POST", "/api/ticket-types", () -> Map.of("code", "NEW", "capacity", 3)),
                Target.get("/"),
                Target.form("/", () -> orderedForm("firstName", "Zoé", "lastName", "Martin",
                        "email", "fuzz-form@example.org", "ticketType", "MEMBER", "lang", "fr")),
                Target.get("/manage-link"),
                Target.form("/manage-link", () -> orderedForm("email", "fuzz@example.org")),
                Target.get("/manage/{id}").withSegment("id", id),
                Target.form("/manage/{id}", () -> orderedForm("token", token, "firstName", "Zoé",
                        "lastName", "Martin", "language", "en")).withSegment("id", id),
                Target.form("/manage/{id}/cancel", () -> orderedForm("token", wrongToken)).withSegment("id", id),
                Target.form("/manage/{id}/erasure", () -> orderedForm("token", wrongToken)).withSegment("id", id));
    }

    private static Map<String, Object> orderedForm(String... pairs) {
        Map<String, Object> form = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.put(pairs[i], pairs[i + 1]);
        }
        return form;
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        mongo.getCollectionNames().forEach(name -> counts.put(name, mongo.getCollection(name).countDocuments()));
        return counts;
    }
}
