package org.nec.notification.unsubscribe;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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
 * 2,000 generated malformed requests over the public endpoints (the unsubscribe links and their pages): no
 * server error, a problem on every refusal of the JSON API, and nobody unsubscribed or anything else stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedInfrastructure
class UnsubscribeFuzzIT {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Test
    void malformedRequestsAreRefusedCleanlyAndStoreNothing() throws Exception {
        // the first link checked loads (or creates) the service's signing key: not something a request stored
        RestClient.create("http://127.0.0.1:" + port).get().uri("/unsubscribe/someone/forged").retrieve()
                .onStatus(status -> true, (request, response) -> { }).toBodilessEntity();
        Map<String, Long> before = counts();

        Fuzzer.Report report = new Fuzzer(20261202L, port).run(List.of(
                Target.get("/api/unsubscribe/{registrationId}/{signature}").as("POST"),
                Target.get("/api/unsubscribe/{registrationId}/{signature}"),
                Target.json("PUT", "/api/unsubscribe/{registrationId}/{signature}", () -> Map.of("unsubscribed", true)),
                Target.get("/unsubscribe/{registrationId}/{signature}"),
                Target.form("/unsubscribe/{registrationId}/{signature}", () -> Map.of("lang", "fr"))),
                2_000, Duration.ofSeconds(50));

        System.out.println("notification-service fuzzing: " + report);
        assertThat(report.sent()).isEqualTo(2_000);
        assertThat(report.violations()).as(report.toString()).isEmpty();
        assertThat(counts()).isEqualTo(before);
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new TreeMap<>();
        mongo.getCollectionNames().forEach(name -> counts.put(name, mongo.getCollection(name).countDocuments()));
        return counts;
    }
}
