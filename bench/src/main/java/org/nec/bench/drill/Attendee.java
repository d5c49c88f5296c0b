package org.nec.bench.drill;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;

/** One attendee registered by a drill on registration-service's own port, and what was mailed to them. */
record Attendee(String id, String email, String token) {

    static Attendee register(DrillPlatform platform) {
        String email = "drill-" + UUID.randomUUID() + "@example.org";
        Api.Answer created = platform.api.send("POST", platform.url("registration") + "/api/registrations", """
                {"firstName":"Noé","lastName":"Drill","email":"%s","organisation":"Régie de quartier",
                 "ticketType":"MEMBER","language":"fr","answers":{},"consent":{"privacyPolicy":true}}"""
                .formatted(email), Map.of());
        if (created.status() != 201) {
            throw new IllegalStateException("registering answered " + created.status() + ": " + created.body());
        }
        String manageUrl = created.json().getString("manageUrl");
        return new Attendee(created.json().getString("id"), email,
                manageUrl.substring(manageUrl.indexOf("token=") + "token=".length()));
    }

    /** Their entries in the delivery log. */
    List<Document> mails(DrillPlatform platform) {
        return platform.api.adminList(platform.url("notification") + "/api/admin/notifications?email=" + email);
    }

    /** Waits until a mail of {@code type} to them is SENT; its id, or null past the timeout. */
    String awaitSent(DrillPlatform platform, String type, Duration timeout) {
        String[] id = new String[1];
        Waits.until(timeout, () -> mails(platform).stream()
                .filter(n -> type.equals(n.getString("type")) && "SENT".equals(n.getString("status")))
                .peek(n -> id[0] = n.getString("id")).findFirst().isPresent());
        return id[0];
    }
}
