package org.nec.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.nec.testing.EmbeddedInfrastructure;
import org.nec.testing.fuzz.Fuzzer;
import org.nec.testing.fuzz.Target;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.client.RestClient;

/**
 * 3,000 generated malformed requests over every public endpoint, against the published demo programme: no
 * server error, a problem on every refusal of the JSON API, and no seat taken or anything else stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"nec.agenda.demo=true", "spring.application.name=agenda-fuzz"})
@EmbeddedInfrastructure
class AgendaFuzzIT {

    private static final String TOKEN = "X-Manage-Token";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Test
    void malformedRequestsAreRefusedCleanlyAndStoreNothing() throws Exception {
        RestClient http = RestClient.create("http://127.0.0.1:" + port);
        await().atMost(Duration.ofSeconds(40)).until(() -> http.get().uri("/api/programme").retrieve()
                .toEntity(Map.class).getStatusCode().is2xxSuccessful());
        List<?> sessions = (List<?>) http.get().uri("/api/programme").retrieve().body(Map.class).get("sessions");
        String sessionId = (String) ((Map<?, ?>) sessions.get(0)).get("id");
        Map<String, Long> before = counts();

        Fuzzer.Report report = new Fuzzer(20261201L, port).run(targets(sessionId), 3_000, Duration.ofSeconds(50));

        System.out.println("agenda-service fuzzing: " + report);
        assertThat(report.sent()).isEqualTo(3_000);
        assertThat(report.violations()).as(report.toString()).isEmpty();
        assertThat(counts()).isEqualTo(before);
    }

    private static List<Target> targets(String sessionId) {
        String registrationId = "c0ffee00-0000-4000-8000-000000000001";
        return List.of(
                Target.get("/api/programme"),
                Target.json("POST", "/api/sessions/{sessionId}/signups", () -> Map.of("registrationId", registrationId))
                        .withSegment("sessionId", sessionId).withHeader(TOKEN, "token"),
                Target.get("/api/sessions/{sessionId}/signups/{registrationId}").as("DELETE")
                        .withSegment("sessionId", sessionId).withSegment("registrationId", registrationId)
                        .withHeader(TOKEN, "token"),
                Target.get("/api/registrations/{registrationId}/agenda")
                        .withSegment("registrationId", registrationId).withHeader(TOKEN, "token"),
                Target.json("PUT", "/api/programme", () -> Map.of("version", 1)),
                Target.get("/agenda/{registrationId}.ics").withSegment("registrationId", registrationId),
                Target.get("/my-programme/{registrationId}").withSegment("registrationId", registrationId),
                Target.form("/my-programme/{registrationId}/signups", () -> form("token", "token",
                        "sessionId", sessionId)).withSegment("registrationId", registrationId),
                Target.form("/my-programme/{registrationId}/signups/{sessionId}/give-up", () -> form("token", "token"))
                        .withSegment("registrationId", registrationId).withSegment("sessionId", sessionId),
                Target.get("/programme"),
                Target.get("/programme.ics"),
                Target.get("/schedule.json"));
    }

    private static Map<String, Object> form(String... pairs) {
        Map<String, Object> form = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.put(pairs[i], pairs[i + 1]);
        }
        return form;
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new TreeMap<>();
        mongo.getCollectionNames().forEach(name -> counts.put(name, mongo.getCollection(name).countDocuments()));
        return counts;
    }
}
