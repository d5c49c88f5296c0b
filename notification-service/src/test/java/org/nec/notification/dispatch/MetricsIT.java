package org.nec.notification.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.nec.notification.Mailboxes.mailsTo;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.nec.events.Topics;
import org.nec.events.registration.RegistrationConfirmed;
import org.nec.notification.Events;
import org.nec.testing.EmbeddedInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.web.client.RestClient;

/** After a registration's confirmation went out, Prometheus finds the mail figures and the consumer lag. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedInfrastructure
class MetricsIT {

    @LocalServerPort
    int port;

    @Autowired
    KafkaTemplate<String, Object> kafka;

    @Test
    void aSentConfirmationShowsInTheMailMetrics() throws Exception {
        String id = UUID.randomUUID().toString();
        var confirmed = new RegistrationConfirmed(id, "Aïcha", "Martin", "metrics-" + id + "@example.org", "Coop",
                "MEMBER", "fr", "http://127.0.0.1:8080/manage/" + id + "?token=t", "hash", "NEC1." + id + ".sig");

        Events.publish(kafka, Topics.REGISTRATION, confirmed);
        await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(confirmed.email()).size() == 1);

        RestClient http = RestClient.create("http://127.0.0.1:" + port);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String scraped = http.get().uri("/actuator/prometheus").retrieve().body(String.class);
            assertThat(scraped).contains("nec_mail_due ", "nec_mail_oldest_lateness_seconds ",
                    "nec_mail_failed_total{type=\"REGISTRATION_CONFIRMED\"}",
                    "nec_outbox_pending{collection=\"notifications\"}", "http_server_requests_seconds_bucket{");
            assertThat(scraped).containsPattern(
                    "kafka_consumer_fetch_manager_records_lag_max\\{[^}]*group=\"notification-service\"");
            assertThat(value(scraped, "nec_mail_sent_total{type=\"REGISTRATION_CONFIRMED\"}"))
                    .isGreaterThanOrEqualTo(1);
        });
    }

    private static double value(String scraped, String series) {
        String line = scraped.lines().filter(l -> l.startsWith(series + " ")).findFirst().orElseThrow();
        return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
    }
}
