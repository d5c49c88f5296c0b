package org.nec.registration.gdpr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.nec.registration.register.Registration;
import org.nec.registration.register.RegistrationStatus;
import org.nec.registration.register.RegistrationScenarios;
import org.nec.testing.EmbeddedInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/** An edition that ended long ago, with a retention period that is over: personal data goes by itself. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "nec.retention.edition-ends=2020-06-30", "nec.retention.keep-for=30d", "nec.retention.check-every=200ms"})
@EmbeddedInfrastructure
class RetentionPurgeIT {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Test
    void registrationsAreErasedOnceTheRetentionPeriodIsOver() {
        Map<?, ?> created = RestClient.create("http://127.0.0.1:" + port).post().uri("/api/registrations")
                .contentType(MediaType.APPLICATION_JSON)
                .body(RegistrationScenarios.registrationFor("late-" + UUID.randomUUID() + "@example.org"))
                .retrieve().body(Map.class);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Registration registration = mongo.findById((String) created.get("id"), Registration.class);
            assertThat(registration.status()).isEqualTo(RegistrationStatus.ERASED);
            assertThat(registration.email()).isNull();
            assertThat(registration.lastName()).isNull();
        });
    }
}
