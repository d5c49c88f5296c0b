package org.nec.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A service run as two instances, each address in the comma-separated list the front door is given: agenda has
 * both of its instances up, notification has one of its two stopped before the first request.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "nec.organiser.password=spread-secret-42")
class SpreadOverInstancesIT {

    static final EchoService REGISTRATION = new EchoService("registration");
    static final EchoService AGENDA_A = new EchoService("agenda-a");
    static final EchoService AGENDA_B = new EchoService("agenda-b");
    static final EchoService NOTIFICATION_UP = new EchoService("notification-up");
    static final EchoService NOTIFICATION_DOWN = new EchoService("notification-down");

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("nec.services.registration", REGISTRATION::url);
        registry.add("nec.services.agenda", () -> AGENDA_A.url() + "," + AGENDA_B.url());
        // its port stays as it was: nothing listens there any more, connections are refused
        String down = NOTIFICATION_DOWN.url();
        NOTIFICATION_DOWN.close();
        registry.add("nec.services.notification", () -> down + "," + NOTIFICATION_UP.url());
    }

    @AfterAll
    static void stop() {
        REGISTRATION.close();
        AGENDA_A.close();
        AGENDA_B.close();
        NOTIFICATION_UP.close();
    }

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void requestsAreSpreadInTurnOverBothInstances() throws Exception {
        int beforeA = AGENDA_A.received.size();
        int beforeB = AGENDA_B.received.size();

        for (int i = 0; i < 10; i++) {
            assertThat(send(HttpRequest.newBuilder(url("/programme?n=" + i))).statusCode()).isEqualTo(200);
        }

        assertThat(AGENDA_A.received.size() - beforeA).isEqualTo(5);
        assertThat(AGENDA_B.received.size() - beforeB).isEqualTo(5);
    }

    @Test
    void everyRequestSucceedsWhileOneInstanceRefusesConnectionsBodiesIncluded() throws Exception {
        int before = NOTIFICATION_UP.received.size();

        for (int i = 0; i < 6; i++) {
            var read = send(HttpRequest.newBuilder(url("/unsubscribe/r" + i + "/sig")));
            var post = send(HttpRequest.newBuilder(url("/api/unsubscribe/r" + i + "/sig"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"attempt\":" + i + "}")));

            assertThat(read.statusCode()).isEqualTo(200);
            assertThat(read.body()).isEqualTo("notification-up");
            assertThat(post.statusCode()).isEqualTo(200);
            assertThat(post.body()).isEqualTo("notification-up");
            assertThat(NOTIFICATION_UP.last().body()).isEqualTo("{\"attempt\":" + i + "}");
        }
        assertThat(NOTIFICATION_UP.received.size() - before).isEqualTo(12);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
