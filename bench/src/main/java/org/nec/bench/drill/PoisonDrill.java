package org.nec.bench.drill;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * A poison record (a value no consumer can read) between two good records of the same key on
 * {@code registration.events}: the registration's own confirmation before it, its update after it. Verdict: the
 * poison lands in {@code registration.events.dlt}, and the update behind it is still processed (its mail goes
 * out, once).
 */
final class PoisonDrill {

    private static final String TOPIC = "registration.events";
    private static final Duration WAIT = Duration.ofSeconds(90);

    private PoisonDrill() {
    }

    static Verdict run(Path root) throws Exception {
        try (DrillPlatform platform = DrillPlatform.start(root, "poison");
             Topics topics = new Topics(platform.config().kafkaBootstrapServers())) {
            Attendee attendee = Attendee.register(platform);
            if (attendee.awaitSent(platform, "REGISTRATION_CONFIRMED", WAIT) == null) {
                return new Verdict("poison", false, "the first good record was never processed");
            }
            ConsumerRecord<byte[], byte[]> first = topics.withKey(TOPIC, attendee.id()).get(0);
            topics.put(new ProducerRecord<>(TOPIC, first.partition(), first.key(),
                    "{\"eventId\": not json at all".getBytes(StandardCharsets.UTF_8)));
            Api.Answer updated = platform.api.send("PATCH", platform.url("registration") + "/api/registrations/"
                    + attendee.id(), "{\"organisation\":\"Coop des Communs\",\"language\":\"en\"}",
                    Map.of("X-Manage-Token", attendee.token()));
            if (!updated.ok()) {
                return new Verdict("poison", false, "the update answered " + updated.status() + ": " + updated.body());
            }
            boolean inDlt = Waits.until(WAIT, () -> !topics.withKey(TOPIC + ".dlt", attendee.id()).isEmpty());
            String updateMail = attendee.awaitSent(platform, "REGISTRATION_UPDATED", WAIT);
            List<ConsumerRecord<byte[], byte[]>> ofKey = topics.withKey(TOPIC, attendee.id());
            boolean ordered = ofKey.size() >= 3 && ofKey.stream().allMatch(r -> r.partition() == first.partition());
            long dead = topics.withKey(TOPIC + ".dlt", attendee.id()).size();
            long delivered = updateMail == null ? 0
                    : new MailJournal(platform.state()).accepted().getOrDefault(updateMail, 0L);
            boolean pass = inDlt && ordered && delivered == 1;
            return new Verdict("poison", pass, String.format("good, poison, good on %s partition %d (%d records of "
                    + "the key, offsets %s): poison in the DLT %s (%d dead letters of the key, one per consumer "
                    + "group); the update behind it %s, its mail delivered %d time(s)", TOPIC, first.partition(),
                    ofKey.size(), ofKey.stream().map(r -> String.valueOf(r.offset())).toList(), inDlt ? "yes" : "no",
                    dead, updateMail == null ? "NOT processed" : "processed", delivered));
        }
    }
}
