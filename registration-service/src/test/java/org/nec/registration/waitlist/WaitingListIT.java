package org.nec.registration.waitlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.nec.events.EventEnvelope;
import org.nec.events.Topics;
import org.nec.registration.register.Registration;
import org.nec.registration.register.RegistrationStatus;
import org.nec.registration.register.RegistrationScenarios;
import org.nec.testing.EmbeddedInfrastructure;
import org.nec.testing.TestAccounts;
import org.nec.testing.TopicRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.json.JsonMapper;

/** The opening rush: many more attendees than seats, all at once, then cancellations and a bigger room. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedInfrastructure
class WaitingListIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    MongoTemplate mongo;

    @Test
    void fiveHundredConcurrentRegistrationsForFiftySeatsThenCancellationsAndMoreCapacityPromoteInOrder()
            throws Exception {
        String type = "RUSH-" + System.nanoTime() % 1_000_000;
        var organiser = RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultHeaders(h -> h.setBasicAuth(TestAccounts.ORGANISER, TestAccounts.ORGANISER_PASSWORD)).build();
        organiser.post().uri("/api/admin/ticket-types").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("code", type, "label", Map.of("fr", "Ruée", "en", "Rush"), "capacity", 50))
                .retrieve().toBodilessEntity();

        List<Map<String, Object>> created = registerConcurrently(type, 500);

        assertThat(created).extracting(c -> c.get("status")).filteredOn("CONFIRMED"::equals).hasSize(50);
        assertThat(created).extracting(c -> c.get("status")).filteredOn("WAITLISTED"::equals).hasSize(450);
        List<Registration> waiting = waitlisted(type);
        assertThat(positions(waiting, organiser, type)).containsExactlyElementsOf(range(1, 450));

        List<Map<String, Object>> confirmed = created.stream().filter(c -> "CONFIRMED".equals(c.get("status")))
                .limit(10).toList();
        List<String> firstTenInLine = waiting.stream().limit(10).map(Registration::id).toList();
        HttpClient http = HttpClient.newHttpClient();
        for (Map<String, Object> c : confirmed) {
            http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/registrations/" + c.get("id")))
                    .header("X-Manage-Token", RegistrationScenarios.token(c)).DELETE().build(),
                    HttpResponse.BodyHandlers.discarding());
        }

        assertThat(statusOf(firstTenInLine)).containsOnly(RegistrationStatus.CONFIRMED);
        assertThat(positions(waitlisted(type), organiser, type)).containsExactlyElementsOf(range(1, 440));

        List<String> nextFive = waitlisted(type).stream().limit(5).map(Registration::id).toList();
        organiser.put().uri("/api/admin/ticket-types/" + type).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("capacity", 55)).retrieve().toBodilessEntity();

        assertThat(statusOf(nextFive)).containsOnly(RegistrationStatus.CONFIRMED);
        assertThat(waitlisted(type)).hasSize(435);
        assertThat(mongo.count(Query.query(Criteria.where("ticketType").is(type).and("status")
                .is(RegistrationStatus.CONFIRMED)), Registration.class)).isEqualTo(55);

        Set<String> ids = created.stream().map(c -> (String) c.get("id")).collect(Collectors.toSet());
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.count(Query.query(Criteria.where("ticketType")
                .is(type).and("pendingEvents.eventId").exists(true)), Registration.class) == 0);
        try (var records = new TopicRecords(bootstrapServers, Topics.REGISTRATION)) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                Map<String, Long> counts = records.events().stream().filter(e -> ids.contains(e.aggregateId()))
                        .collect(Collectors.groupingBy(EventEnvelope::type, Collectors.counting()));
                assertThat(counts).isEqualTo(Map.of("RegistrationConfirmed", 50L, "RegistrationWaitlisted", 450L,
                        "RegistrationCancelled", 10L, "RegistrationPromoted", 15L));
            });
        }
    }

    private List<Map<String, Object>> registerConcurrently(String type, int count) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        List<CompletableFuture<Map<String, Object>>> calls = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String body = JSON.writeValueAsString(RegistrationScenarios.registrationFor(
                    "rush-" + i + "-" + type.toLowerCase() + "@example.org", type));
            calls.add(http.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                                    + "/api/registrations")).timeout(Duration.ofSeconds(60))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString()).thenApply(response -> {
                        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
                        return JSON.readValue(response.body(), Map.class);
                    }));
        }
        return calls.stream().map(CompletableFuture::join).map(m -> (Map<String, Object>) m).toList();
    }

    /** The waiting registrations of the ticket type, first in line first. */
    private List<Registration> waitlisted(String type) {
        List<Registration> waiting = mongo.find(Query.query(Criteria.where("ticketType").is(type).and("status")
                .is(RegistrationStatus.WAITLISTED)), Registration.class);
        List<String> line = mongo.findById(type, org.nec.registration.tickettype.TicketType.class).waitlist();
        return waiting.stream().sorted(Comparator.comparingInt(r -> line.indexOf(r.id()))).toList();
    }

    /** The positions the organiser's list shows for these registrations, in their order. */
    private List<Integer> positions(List<Registration> registrations, RestClient organiser, String type) {
        List<Map<String, Object>> rows = organiser.get().uri("/api/admin/registrations?status=WAITLISTED&ticketType="
                + type).retrieve().body(List.class);
        Map<Object, Integer> byId = rows.stream().collect(Collectors.toMap(r -> r.get("id"),
                r -> ((Number) r.get("waitlistPosition")).intValue()));
        return registrations.stream().map(r -> byId.getOrDefault(r.id(), 0)).toList();
    }

    private List<RegistrationStatus> statusOf(List<String> ids) {
        return ids.stream().map(id -> mongo.findById(id, Registration.class).status()).toList();
    }

    private static List<Integer> range(int from, int to) {
        return IntStream.rangeClosed(from, to).boxed().toList();
    }
}
