package org.nec.registration.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nec.testing.EmbeddedInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/** Every kind of bad registration gets a 400 problem naming the field, and nothing is stored. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedInfrastructure
class BadInputIT {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    static Stream<Arguments> badRegistrations() {
        return Stream.of(
                Arguments.of("missing first name", without("firstName"), "firstName"),
                Arguments.of("missing e-mail", without("email"), "email"),
                Arguments.of("missing consent", without("consent"), "consent"),
                Arguments.of("consent refused", with("consent", Map.of("privacyPolicy", false)), "consent.privacyPolicy"),
                Arguments.of("e-mail syntax", with("email", "not-an-address"), "email"),
                Arguments.of("unknown ticket type", with("ticketType", "VIP"), "ticketType"),
                Arguments.of("unsupported language", with("language", "de"), "language"),
                Arguments.of("overlong name", with("lastName", "x".repeat(101)), "lastName"),
                Arguments.of("control character", with("firstName", "Zoé\u0000"), "firstName"),
                Arguments.of("wrong type", with("language", 42), "language"),
                Arguments.of("wrong type of object", with("consent", "yes"), "consent"),
                Arguments.of("a number as a name", with("firstName", 12345), "firstName"),
                Arguments.of("a boolean as an organisation", with("organisation", true), "organisation"),
                Arguments.of("text as a boolean", with("consent", Map.of("privacyPolicy", "true")),
                        "consent.privacyPolicy"));
    }

    static Map<String, Object> valid() {
        return new HashMap<>(RegistrationScenarios.registrationFor("bad-" + UUID.randomUUID() + "@example.org"));
    }

    static Map<String, Object> without(String field) {
        Map<String, Object> body = valid();
        body.remove(field);
        return body;
    }

    static Map<String, Object> with(String field, Object value) {
        Map<String, Object> body = valid();
        body.put(field, value);
        return body;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRegistrations")
    void isRefusedNamingTheField(String what, Map<String, Object> body, String field) {
        long before = mongo.count(new org.springframework.data.mongodb.core.query.Query(), Registration.class);

        var response = post(body);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat((List<Map<String, String>>) response.getBody().get("errors"))
                .extracting(e -> e.get("field")).contains(field);
        assertThat(mongo.count(new org.springframework.data.mongodb.core.query.Query(), Registration.class))
                .isEqualTo(before);
    }

    @org.junit.jupiter.api.Test
    void malformedJsonIsAProblemNotAServerError() {
        var response = RestClient.create("http://127.0.0.1:" + port).post().uri("/api/registrations")
                .contentType(MediaType.APPLICATION_JSON).body("{\"firstName\": ")
                .retrieve().onStatus(s -> true, (rq, rs) -> { }).toEntity(Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
    }

    @org.junit.jupiter.api.Test
    void aChunkedBodyIsCappedOnTheBytesReadAndNothingIsStored() throws Exception {
        long before = mongo.count(new org.springframework.data.mongodb.core.query.Query(), Registration.class);
        byte[] body = ("{\"firstName\":\"" + "x".repeat(300_000) + "\"}").getBytes(StandardCharsets.UTF_8);

        // a body from a stream has no announced length: HttpClient sends it chunked
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/registrations"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"status\":413");
        assertThat(mongo.count(new org.springframework.data.mongodb.core.query.Query(), Registration.class))
                .isEqualTo(before);
    }

    private org.springframework.http.ResponseEntity<Map> post(Map<String, Object> body) {
        return RestClient.create("http://127.0.0.1:" + port).post().uri("/api/registrations")
                .contentType(MediaType.APPLICATION_JSON).body(body)
                .retrieve().onStatus(s -> true, (rq, rs) -> { }).toEntity(Map.class);
    }
}
