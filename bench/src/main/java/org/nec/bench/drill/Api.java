package org.nec.bench.drill;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.bson.Document;

/** HTTP calls of the drills: short timeouts, the organiser's HTTP Basic on admin calls, JSON read with BSON. */
final class Api {

    /** What a call answered; status 0 when it got no answer at all (refused, reset, timed out). */
    record Answer(int status, String body) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        Document json() {
            return Document.parse(body);
        }

        /** A JSON array as documents, wrapped because BSON parses objects only. */
        @SuppressWarnings("unchecked")
        List<Document> list() {
            return (List<Document>) Document.parse("{\"items\":" + body + "}").get("items");
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final String organiser;

    Api(String organiserPassword) {
        this.organiser = "Basic " + Base64.getEncoder().encodeToString(("organiser:" + organiserPassword)
                .getBytes(StandardCharsets.UTF_8));
    }

    Answer get(String url) {
        return send("GET", url, null, Map.of());
    }

    Answer admin(String method, String url, String json) {
        return send(method, url, json, Map.of("Authorization", organiser));
    }

    Answer send(String method, String url, String json, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            return new Answer(0, String.valueOf(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, "interrupted");
        }
    }

    /** The organiser's view of a service's admin list, or an empty list while the service does not answer. */
    List<Document> adminList(String url) {
        Answer answer = admin("GET", url, null);
        if (!answer.ok()) {
            throw new IllegalStateException(url + " answered " + answer.status() + ": " + answer.body());
        }
        return answer.list();
    }
}
