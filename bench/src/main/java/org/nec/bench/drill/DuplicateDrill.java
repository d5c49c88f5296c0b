package org.nec.bench.drill;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Every event about one attendee (their registration on {@code registration.events}, their seat on
 * {@code agenda.events}) delivered a second time, byte for byte with the same key, headers and partition, once
 * all was handled. Verdict: no second mail, no second seat, no count moves.
 */
final class DuplicateDrill {

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final List<String> TOPICS = List.of("registration.events", "agenda.events");

    private DuplicateDrill() {
    }

    static Verdict run(Path root) throws Exception {
        try (DrillPlatform platform = DrillPlatform.start(root, "duplicate");
             Topics topics = new Topics(platform.config().kafkaBootstrapServers())) {
            String session = Programme.publish(platform);
            Attendee attendee = Attendee.register(platform);
            Waits.until(WAIT, () -> platform.api.send("POST", platform.url("agenda") + "/api/sessions/" + session
                    + "/signups", "{\"registrationId\":\"" + attendee.id() + "\"}",
                    Map.of("X-Manage-Token", attendee.token())).status() == 201);
            if (attendee.awaitSent(platform, "REGISTRATION_CONFIRMED", WAIT) == null
                    || attendee.awaitSent(platform, "SEAT_CONFIRMED", WAIT) == null) {
                return new Verdict("duplicate", false, "the first delivery was never processed");
            }
            TOPICS.forEach(topic -> topics.awaitConsumed(topic, WAIT));
            Snapshot before = Snapshot.of(platform, attendee, session);
            List<ConsumerRecord<byte[], byte[]>> again = new ArrayList<>();
            for (String topic : TOPICS) {
                again.addAll(topics.matching(topic, r -> r.value() != null
                        && new String(r.value(), StandardCharsets.UTF_8).contains(attendee.id())));
            }
            for (ConsumerRecord<byte[], byte[]> record : again) {
                topics.put(new ProducerRecord<>(record.topic(), record.partition(), record.key(), record.value(),
                        record.headers()));
            }
            boolean consumed = TOPICS.stream().allMatch(topic -> topics.awaitConsumed(topic, WAIT));
            // a second mail would be drafted by now and sent at the dispatcher's next polls: give it that long
            boolean changed = Waits.until(Duration.ofSeconds(15),
                    () -> !Snapshot.of(platform, attendee, session).equals(before));
            Snapshot after = Snapshot.of(platform, attendee, session);
            boolean pass = consumed && !changed && !again.isEmpty();
            return new Verdict("duplicate", pass, String.format("%d records about one attendee delivered twice (%s), "
                    + "all consumed: %s; before %s, after %s", again.size(),
                    again.stream().map(r -> r.topic() + "@" + r.offset()).toList(), consumed ? "yes" : "NO",
                    before, after));
        }
    }

    /** What a duplicate could change: the attendee's mails (logged and delivered), the seats, the counts. */
    record Snapshot(int mailsLogged, long mailsDelivered, String seatsTaken, String counts) {

        static Snapshot of(DrillPlatform platform, Attendee attendee, String session) {
            var mails = attendee.mails(platform);
            var journal = new MailJournal(platform.state()).accepted();
            long delivered = mails.stream().mapToLong(n -> journal.getOrDefault(n.getString("id"), 0L)).sum();
            String programme = platform.api.get(platform.url("agenda") + "/api/programme").body();
            int at = programme.indexOf("\"seatsTaken\"");
            String seats = at < 0 ? "?" : programme.substring(at + 13, programme.indexOf(',', at));
            String counts = platform.api.admin("GET", platform.url("registration")
                    + "/api/admin/registrations/counts", null).body();
            return new Snapshot(mails.size(), delivered, seats, counts);
        }

        @Override
        public String toString() {
            return mailsLogged + " mails logged, " + mailsDelivered + " delivered, " + seatsTaken + " seat(s) taken, "
                    + "counts " + counts;
        }
    }
}
