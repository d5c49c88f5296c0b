package org.nec.registration.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.nec.events.Topics;
import org.nec.localstack.KafkaBroker;
import org.nec.testing.Infrastructure;
import org.nec.testing.TestAccounts;
import org.nec.testing.TopicRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/** Runs against a broker of its own, which it stops and starts again. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RegistrationWhileKafkaIsDownIT {

    private static final KafkaBroker broker = Infrastructure.startBroker();

    @LocalServerPort
    int port;

    @Autowired
    org.springframework.data.mongodb.core.MongoTemplate mongo;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", broker::bootstrapServers);
        registry.add("spring.mongodb.uri", () -> Infrastructure.mongoUri("kafka-down"));
        registry.add("nec.organiser.password", () -> TestAccounts.ORGANISER_PASSWORD);
    }

    @AfterAll
    static void stopBroker() {
        broker.stop();
    }

    @Test
    void aRegistrationAcceptedWhileKafkaIsDownIsDeliveredOnceKafkaIsBack() {
        broker.stop();
        String email = "offline-" + UUID.randomUUID() + "@example.org";

        var response = RestClient.create("http://127.0.0.1:" + port).post().uri("/api/registrations")
                .contentType(MediaType.APPLICATION_JSON).body(RegistrationScenarios.registrationFor(email))
                .retrieve().toEntity(Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String id = (String) response.getBody().get("id");
        // the person's key (for its own topic) and the event wait in the outbox
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                .until(() -> pendingEvents(id) == 2);
        await().atMost(Duration.ofSeconds(20)).until(() -> health() == HttpStatus.SERVICE_UNAVAILABLE);

        broker.start();
        await().atMost(Duration.ofSeconds(60)).until(() -> health() == HttpStatus.OK);

        try (var records = new TopicRecords(broker.bootstrapServers(), Topics.REGISTRATION)) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(records.events())
                    .filteredOn(e -> e.aggregateId().equals(id)).hasSize(1));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> pendingEvents(id) == 0);
    }

    /** 503 while the service reports DOWN. */
    private HttpStatus health() {
        return HttpStatus.valueOf(RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { }).build()
                .get().uri("/actuator/health").retrieve().toBodilessEntity().getStatusCode().value());
    }

    private int pendingEvents(String id) {
        Registration registration = mongo.findById(id, Registration.class);
        return registration == null ? -1 : registration.pendingEvents().size();
    }
}
