package org.nec.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nec.agenda.programme.FrabSchema;
import org.nec.testing.EmbeddedInfrastructure;
import org.nec.testing.TestAccounts;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;

/** A new platform starts with a published demo programme that has no conflicts. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "nec.agenda.demo=true")
@EmbeddedInfrastructure
class DemoEditionIT {

    @LocalServerPort
    int port;

    @Test
    void theDemoEditionIsPublishedWithoutConflicts() {
        RestClient http = RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultHeaders(h -> h.setBasicAuth(TestAccounts.ORGANISER, TestAccounts.ORGANISER_PASSWORD)).build();

        Map<?, ?> programme = http.get().uri("/api/programme").retrieve().body(Map.class);
        List<?> conflicts = http.get().uri("/api/admin/schedule/conflicts").retrieve().body(List.class);

        assertThat(programme.get("version")).isEqualTo(1);
        assertThat((List<?>) programme.get("sessions")).hasSize(8);
        assertThat(conflicts).isEmpty();
        assertThat((List<Map<?, ?>>) programme.get("sessions")).filteredOn(s -> s.get("track") != null)
                .extracting(s -> (Object) ((Map<?, ?>) ((Map<?, ?>) s.get("track")).get("name")).get("en")).containsOnly(
                        "Digital commons", "Responsible AI", "Cooperation").hasSize(6);
        assertThat(http.get().uri("/api/tracks").retrieve().body(List.class)).hasSize(3);
        assertThat((List<Map<?, ?>>) programme.get("sessions")).filteredOn(s -> s.get("description") != null)
                .hasSize(7);
        assertThat(http.get().uri("/api/edition").retrieve().body(Map.class).get("name"))
                .isEqualTo("Numérique En Commun[s] ESS 2026");
    }

    @Test
    void theDemoScheduleJsonValidatesAgainstTheFrabSchema() {
        String json = RestClient.create("http://127.0.0.1:" + port).get().uri("/schedule.json").retrieve()
                .body(String.class);

        assertThat(FrabSchema.errors(json)).isEmpty();
        assertThat(json).contains("\"public_name\"", "\"daysCount\":2");
    }

    @Test
    void metricsOfSeatsOutboxConsumersAndRequestsAreExposed() {
        RestClient http = RestClient.create("http://127.0.0.1:" + port);
        http.get().uri("/api/programme").retrieve().toBodilessEntity();

        // seats are read every 15 s: the demo release may come after the first reading
        await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> assertThat(
                http.get().uri("/actuator/prometheus").retrieve().body(String.class))
                .contains("nec_seats_taken{session=\"", "nec_outbox_pending{collection=\"sessionSeats\"",
                        "nec_outbox_oldest_age_seconds{collection=\"releases\"",
                        "http_server_requests_seconds_bucket{", "kafka_consumer_fetch_manager_records_lag_max{",
                        "group=\"agenda-service\""));
    }
}
