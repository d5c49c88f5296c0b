package org.nec.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Properties;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import jakarta.mail.Folder;
import jakarta.mail.Session;
import jakarta.mail.Store;
import org.bson.Document;

/**
 * Schedules many reminders due within one minute in a running platform's notification store, waits for them to
 * go out through notification-service and the local SMTP server, and prints how many were sent, their lateness
 * (sentAt − dueAt) and how many went out early or twice (counted in the IMAP mailboxes).
 *
 * <p>Usage: {@code ReminderBench [count] [mailboxes]}, defaults 50000 and 500.
 */
public final class ReminderBench {

    private ReminderBench() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        int mailboxes = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        String run = Long.toString(System.currentTimeMillis(), 36);
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:27017")) {
            MongoCollection<Document> notifications = client.getDatabase("notification").getCollection("notifications");
            // reminders go only to confirmed registrations: the service checks its contact copy when sending
            MongoCollection<Document> contacts = client.getDatabase("notification").getCollection("contacts");
            List<Document> people = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                people.add(new Document("_id", "bench-" + run + "-" + i).append("firstName", "Bench")
                        .append("email", recipient(run, i % mailboxes)).append("language", i % 2 == 0 ? "fr" : "en")
                        .append("status", "CONFIRMED"));
                if (people.size() == 1000) {
                    contacts.insertMany(people);
                    people.clear();
                }
            }
            if (!people.isEmpty()) {
                contacts.insertMany(people);
            }
            // due times start once every reminder is stored, whatever the count
            Instant first = Instant.now().plusSeconds(10 + count / 2_000);
            List<Document> batch = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Instant due = first.plusMillis(60_000L * i / count);
                batch.add(new Document("_id", "EVENT_REMINDER:bench-" + run + "-" + i)
                        .append("type", "EVENT_REMINDER").append("registrationId", "bench-" + run + "-" + i)
                        .append("recipient", recipient(run, i % mailboxes)).append("language", i % 2 == 0 ? "fr" : "en")
                        .append("subject", "NEC bench " + run)
                        .append("model", new Document("firstName", "Bench").append("editionName", "NEC bench"))
                        .append("status", "SCHEDULED").append("dueAt", Date.from(due)).append("attempts", 0)
                        .append("createdAt", new Date()).append("pendingEvents", List.of()));
                if (batch.size() == 1000) {
                    notifications.insertMany(batch);
                    batch.clear();
                }
            }
            if (!batch.isEmpty()) {
                notifications.insertMany(batch);
            }
            System.out.printf("scheduled %d reminders due between %s and %s%n", count, first,
                    first.plusSeconds(60));
            var mine = Filters.regex("_id", "^EVENT_REMINDER:bench-" + run + "-");
            Instant deadline = first.plus(Duration.ofMinutes(15));
            long done = 0;
            while (Instant.now().isBefore(deadline)) {
                done = notifications.countDocuments(Filters.and(mine, Filters.in("status", "SENT", "FAILED")));
                System.out.printf("%s  %d of %d done%n", Instant.now(), done, count);
                if (done >= count) {
                    break;
                }
                Thread.sleep(10_000);
            }
            List<Long> lateness = new ArrayList<>();
            long early = 0;
            long failed = 0;
            for (Document d : notifications.find(mine)) {
                if (!"SENT".equals(d.getString("status"))) {
                    failed++;
                    continue;
                }
                long late = d.getDate("sentAt").getTime() - d.getDate("dueAt").getTime();
                lateness.add(late);
                if (late < 0) {
                    early++;
                }
            }
            lateness.sort(null);
            long received = receivedMails(run, mailboxes);
            System.out.printf("sent %d of %d (not sent: %d)%n", lateness.size(), count, failed);
            System.out.printf("lateness ms: p50 %d, p99 %d, max %d%n", percentile(lateness, 50),
                    percentile(lateness, 99), lateness.isEmpty() ? 0 : lateness.get(lateness.size() - 1));
            System.out.printf("early sends: %d%n", early);
            System.out.printf("mails received: %d, duplicates: %d%n", received, Math.max(0, received - lateness.size()));
        }
    }

    private static String recipient(String run, int mailbox) {
        return "bench-" + run + "-" + mailbox + "@example.org";
    }

    private static long receivedMails(String run, int mailboxes) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.imap.connectiontimeout", "5000");
        properties.put("mail.imap.timeout", "20000");
        long total = 0;
        for (int m = 0; m < mailboxes; m++) {
            String address = recipient(run, m);
            Store store = Session.getInstance(properties).getStore("imap");
            try {
                store.connect("127.0.0.1", 3143, address, address);
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                total += inbox.getMessageCount();
                inbox.close(false);
            } catch (jakarta.mail.AuthenticationFailedException noMailbox) {
                // nothing was delivered to this address
            } finally {
                store.close();
            }
        }
        return total;
    }

    private static long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
