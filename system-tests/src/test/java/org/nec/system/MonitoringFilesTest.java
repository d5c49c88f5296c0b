package org.nec.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

/**
 * The Prometheus and Grafana of docker-compose.yml: pinned images, every component scraped where it publishes
 * its metrics, and a provisioned dashboard that shows each figure the services publish.
 */
class MonitoringFilesTest {

    private static final Path ROOT = projectRoot();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"prometheus", "grafana"})
    void imagesArePinnedByVersion(String name) throws IOException {
        String image = String.valueOf(service(name).get("image"));

        assertThat(image).matches("[\\w./-]+:v?\\d+\\.\\d+\\.\\d+");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"registration-service:8081", "agenda-service:8082", "notification-service:8083",
            "gateway:8080"})
    void prometheusScrapesEachComponentOnItsActuatorEndpoint(String component) throws IOException {
        String name = component.substring(0, component.indexOf(':'));
        int port = Integer.parseInt(component.substring(component.indexOf(':') + 1));
        List<Map<String, Object>> jobs = list(yaml(ROOT.resolve("ops/prometheus/prometheus.yml"))
                .get("scrape_configs"));

        assertThat(jobs).filteredOn(job -> name.equals(job.get("job_name"))).singleElement().satisfies(job -> {
            assertThat(job.get("metrics_path")).isEqualTo("/actuator/prometheus");
            Map<String, Object> discovery = this.<Map<String, Object>>list(job.get("dns_sd_configs")).get(0);
            assertThat(discovery.get("names")).isEqualTo(List.of(name));
            assertThat(discovery.get("port")).isEqualTo(port);
        });
        assertThat(String.valueOf(service("prometheus").get("volumes"))).contains("./ops/prometheus/prometheus.yml:");
    }

    @Test
    void theDashboardIsProvisionedAndShowsEveryPublishedFigure() throws IOException {
        String dashboard = Files.readString(ROOT.resolve("ops/grafana/dashboards/nec.json"));
        Map<String, Object> provider = this.<Map<String, Object>>list(
                yaml(ROOT.resolve("ops/grafana/provisioning/dashboards/nec.yml")).get("providers")).get(0);
        String dashboardsIn = String.valueOf(((Map<?, ?>) provider.get("options")).get("path"));

        assertThat(dashboard).contains("nec_mail_due", "nec_mail_oldest_lateness_seconds", "nec_mail_sent_total",
                "nec_mail_failed_total", "kafka_consumer_fetch_manager_records_lag_max", "nec_outbox_pending",
                "nec_outbox_oldest_age_seconds", "nec_registrations", "nec_seats_taken",
                "http_server_requests_seconds_bucket");
        assertThat(String.valueOf(service("grafana").get("volumes")))
                .contains("./ops/grafana/provisioning:/etc/grafana/provisioning", "./ops/grafana/dashboards:" + dashboardsIn);
    }

    private static Map<String, Object> service(String name) throws IOException {
        Map<String, Object> services = cast(yaml(ROOT.resolve("docker-compose.yml")).get("services"));
        assertThat(services).containsKey(name);
        return cast(services.get(name));
    }

    private static Map<String, Object> yaml(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            return cast(new Yaml().load(reader));
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
        return (T) value;
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> list(Object value) {
        assertThat(value).isInstanceOf(List.class);
        return (List<T>) value;
    }

    private static Path projectRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("docker-compose.yml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("No docker-compose.yml above " + Path.of("").toAbsolutePath());
    }
}
