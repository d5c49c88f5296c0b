package org.nec.agenda.attendee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nec.events.EventEnvelope;
import org.nec.events.EventJson;
import org.nec.events.Topics;
import org.nec.events.registration.RegistrationConfirmed;
import org.nec.testing.EmbeddedInfrastructure;
import org.nec.testing.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.web.client.RestClient;

/**
 * A record the attendee copy cannot apply (its store refuses, here made to fail for one registration) goes to the
 * dead-letter topic after its retries; the organiser sees it with personal data masked, fixes the cause and
 * replays it: it is applied once, however often it is replayed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.application.name=dead-letter-tests")
@EmbeddedInfrastructure
class DeadLettersIT {

    private static final Set<String> FAILING = ConcurrentHashMap.newKeySet();
    private static final ParameterizedTypeReference<List<Map<String, Object>>> LETTERS =
            new ParameterizedTypeReference<>() { };

    @MockitoSpyBean
    AttendeeProjection attendees;

    @Autowired
    KafkaTemplate<String, Object> kafka;

    @LocalServerPort
    int port;

    @BeforeEach
    void failForTheRegistrationsOfThisTest() {
        doAnswer(invocation -> {
            EventEnvelope event = invocation.getArgument(0);
            if (FAILING.contains(event.aggregateId())) {
                throw new IllegalStateException("the attendee copy is unavailable for " + event.aggregateId());
            }
            return invocation.callRealMethod();
        }).when(attendees).apply(any());
    }

    private RestClient organiser() {
        return RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultHeaders(h -> h.setBasicAuth(TestAccounts.ORGANISER, TestAccounts.ORGANISER_PASSWORD))
                .defaultStatusHandler(status -> true, (request, response) -> { }).build();
    }

    private List<Map<String, Object>> letters(String key) {
        return organiser().get().uri("/api/admin/dead-letters/agenda").retrieve().body(LETTERS).stream()
                .filter(l -> key.equals(l.get("key"))).toList();
    }

    private long copies(String id) {
        return attendees.all().stream().filter(a -> a.registrationId().equals(id)).count();
    }

    @Test
    void aFailedRecordIsListedMaskedAndAppliedOnceWhenReplayedAfterTheCauseIsFixed() throws Exception {
        String id = UUID.randomUUID().toString();
        FAILING.add(id);
        kafka.send(Topics.REGISTRATION, id, EventJson.toBytes(EventEnvelope.wrap(new RegistrationConfirmed(id,
                "Aïcha", "Martin", id + "@example.org", "Coop des Communs", "MEMBER", "fr",
                "http://127.0.0.1:8080/manage/" + id + "?token=secret", "hash", "NEC1." + id + ".sig"),
                Instant.now()))).get();

        await().atMost(Duration.ofSeconds(40)).until(() -> !letters(id).isEmpty());
        Map<String, Object> letter = letters(id).get(0);
        assertThat(letter.get("originalTopic")).isEqualTo(Topics.REGISTRATION);
        assertThat(letter.get("topic")).isEqualTo(Topics.deadLetter(Topics.REGISTRATION));
        assertThat((String) letter.get("error")).contains("the attendee copy is unavailable");
        assertThat((String) letter.get("payload")).contains("RegistrationConfirmed", "***")
                .doesNotContain(id + "@example.org", "Aïcha", "Martin", "token=secret");
        assertThat(letter.get("replayedAt")).isNull();
        assertThat(copies(id)).isZero();
        var page = organiser().get().uri("/admin/dead-letters/agenda?lang=en").retrieve().toEntity(String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("Dead letters", "data-action=\"replay\"").doesNotContain("Aïcha");

        FAILING.remove(id);
        String replay = "/api/admin/dead-letters/agenda/{topic}/{partition}/{offset}/replay";
        var replayed = organiser().post().uri(replay, letter.get("topic"), letter.get("partition"),
                letter.get("offset")).retrieve().toBodilessEntity();

        assertThat(replayed.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        await().atMost(Duration.ofSeconds(20)).until(() -> copies(id) == 1);
        assertThat(letters(id).get(0).get("replayedAt")).isNotNull();

        var again = organiser().post().uri(replay, letter.get("topic"), letter.get("partition"),
                letter.get("offset")).retrieve().toBodilessEntity();
        var all = organiser().post().uri("/api/admin/dead-letters/agenda/replay").retrieve().body(Map.class);
        String marker = UUID.randomUUID().toString();
        // same key, same partition: once the marker is applied, the second replay was consumed too
        kafka.send(Topics.REGISTRATION, id, EventJson.toBytes(EventEnvelope.wrap(new RegistrationConfirmed(marker,
                "M", "M", marker + "@example.org", "Coop", "MEMBER", "fr", "http://x/manage/" + marker + "?token=t",
                "h", "c"), Instant.now()))).get();

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(all).containsEntry("replayed", 0);
        await().atMost(Duration.ofSeconds(20)).until(() -> copies(marker) == 1);
        assertThat(copies(id)).as("a record replayed twice is applied once").isEqualTo(1);
    }

    @Test
    void anUnknownDeadLetterIsNotFoundAndTheConsoleNeedsTheOrganiser() {
        var unknown = organiser().post().uri("/api/admin/dead-letters/agenda/registration.events.dlt/0/999999/replay")
                .accept(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).retrieve().toEntity(String.class);
        var anonymous = RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { }).build()
                .get().uri("/api/admin/dead-letters/agenda").retrieve().toBodilessEntity();

        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getHeaders().getContentType().toString()).contains("problem+json");
        assertThat(unknown.getBody()).contains("\"status\":404");
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
}
