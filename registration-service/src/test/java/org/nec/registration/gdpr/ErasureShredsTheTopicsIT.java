package org.nec.registration.gdpr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.nec.events.EventJson;
import org.nec.events.Topics;
import org.nec.events.person.PersonKey;
import org.nec.events.person.PersonKeyIssued;
import org.nec.events.person.PersonalFields;
import org.nec.events.registration.RegistrationConfirmed;
import org.nec.testing.EmbeddedInfrastructure;
import org.nec.testing.TestLinkKeys;
import org.nec.testing.TopicRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * Crypto-shredding: a person's names, address and organisation are on the topics only encrypted with their own
 * key; erasure deletes the key here and on its topic, so what stays on the topics until retention is unreadable.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedInfrastructure
class ErasureShredsTheTopicsIT {

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    Erasures erasures;

    @Test
    void personalFieldsAreCiphertextOnTheTopicAndErasureLeavesNoKeyToReadThem() {
        String email = "shred-" + UUID.randomUUID() + "@example.org";
        String id = (String) RestClient.create("http://127.0.0.1:" + port).post().uri("/api/registrations")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("firstName", "Séverine", "lastName", "Zanzibar", "email", email,
                        "organisation", "Coopérative Quokka", "ticketType", "MEMBER", "language", "fr",
                        "answers", Map.of(), "consent", Map.of("privacyPolicy", true)))
                .retrieve().body(Map.class).get("id");

        try (var events = new TopicRecords(bootstrapServers, Topics.REGISTRATION);
             var keys = new TopicRecords(bootstrapServers, Topics.PERSON_KEYS)) {
            ConsumerRecord<String, byte[]> confirmed = await().atMost(Duration.ofSeconds(20))
                    .until(() -> recordsOf(events.poll(), id), list -> !list.isEmpty()).get(0);
            String wire = new String(confirmed.value(), StandardCharsets.UTF_8);
            assertThat(wire).doesNotContain(email, "Séverine", "Zanzibar", "Quokka").contains("\"MEMBER\"");
            var event = (RegistrationConfirmed) EventJson.fromBytes(confirmed.value()).payload();
            for (String reader : List.of(PersonKeyIssued.AGENDA, PersonKeyIssued.NOTIFICATION)) {
                PersonKey key = await().atMost(Duration.ofSeconds(20))
                        .until(() -> TestLinkKeys.personKey(keys.poll(), id, reader), Optional::isPresent).get();
                var opened = (RegistrationConfirmed) PersonalFields.open(event, key);
                assertThat(opened.email()).as("%s reads the address", reader).isEqualTo(email);
                assertThat(opened.organisation()).isEqualTo("Coopérative Quokka");
            }
            assertThat(mongo.findById(id, org.bson.Document.class, "personKeys")).isNotNull();
            assertThat(mongo.findById(id, org.bson.Document.class, "registrations").toJson())
                    .as("the key is not kept with the registration").doesNotContain(key(mongo, id));

            assertThat(erasures.erase(id)).isTrue();

            assertThat(mongo.findById(id, org.bson.Document.class, "personKeys")).isNull();
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(keys.poll())
                    .filteredOn(r -> id.equals(r.key())).last()
                    .satisfies(r -> assertThat(r.value()).as("a tombstone").isNull()));
            assertThat(TestLinkKeys.personKey(keys.poll(), id, PersonKeyIssued.AGENDA))
                    .as("the topic no longer gives the key").isEmpty();
            assertThat(recordsOf(events.poll(), id)).allSatisfy(r -> assertThat(
                    new String(r.value(), StandardCharsets.UTF_8)).doesNotContain(email, "Séverine", "Zanzibar"));
        }
    }

    private static List<ConsumerRecord<String, byte[]>> recordsOf(List<ConsumerRecord<String, byte[]>> records,
                                                                   String id) {
        return records.stream().filter(r -> id.equals(r.key())).toList();
    }

    private static String key(MongoTemplate mongo, String id) {
        return mongo.findById(id, org.bson.Document.class, "personKeys").getString("key");
    }
}
