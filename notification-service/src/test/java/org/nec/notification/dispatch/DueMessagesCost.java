package org.nec.notification.dispatch;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.nec.platform.outbox.OutboxProperties;
import org.nec.platform.outbox.OutboxRelay;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.repository.support.MongoRepositoryFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.nec.notification.message.Notification;
import org.nec.notification.message.Notifications;
import org.nec.notification.message.MessageType;
import org.nec.notification.message.NotificationStatus;
import org.nec.notification.message.NotificationProperties;
import org.nec.notification.message.NotificationRepository;

/**
 * Not a test: a measurement run by hand, showing that claiming due messages costs the same whatever the size of
 * the delivery log. For each size it stores that many SENT messages, schedules 1,000 due now, then times claiming
 * and recording them as sent, batch by batch as the dispatcher does, and times the look through the log by
 * status and due time that the claim used to make.
 *
 * <p>{@code java -cp ... org.nec.notification.dispatch.DueMessagesCost mongodb://127.0.0.1:PORT 10000 100000}
 */
public final class DueMessagesCost {

    private static final int DUE = 1_000;

    private DueMessagesCost() {
    }

    public static void main(String[] args) throws Exception {
        try (MongoClient client = MongoClients.create(args[0])) {
            MongoTemplate mongo = new MongoTemplate(client, "notification-cost");
            Clock clock = Clock.systemUTC();
            NotificationProperties properties = new NotificationProperties("bench@nec.example", Duration.ofMinutes(2),
                    8, Duration.ofSeconds(5), 500, 4, Duration.ofSeconds(10), Duration.ofMinutes(1), "http://x");
            // the template closes what the factory gives it after each send: a new mock each time
            ProducerFactory<String, Object> factory = () -> new MockProducer<>(true, null, new StringSerializer(),
                    (topic, value) -> String.valueOf(value).getBytes());
            OutboxRelay relay = new OutboxRelay(mongo, new KafkaTemplate<>(factory), new OutboxProperties(
                    List.of("notifications"), Duration.ofHours(1), 500, Duration.ofSeconds(1)));
            DueMessages due = new DueMessages(clock, properties);
            Notifications notifications = new Notifications(mongo, new MongoRepositoryFactory(mongo)
                    .getRepository(NotificationRepository.class), relay, properties, null, clock, due);
            String collection = mongo.getCollectionName(Notification.class);
            for (int i = 1; i < args.length; i++) {
                int stored = Integer.parseInt(args[i]);
                mongo.dropCollection(collection);
                // the service creates its indexes at start; the claim's conditional update needs the lease one
                mongo.indexOps(collection).createIndex(new org.springframework.data.mongodb.core.index
                        .CompoundIndexDefinition(new Document("_id", 1).append("leaseOwner", 1)).unique().named("lease"));
                storeSent(mongo, collection, stored);
                for (int d = 0; d < DUE; d++) {
                    notifications.schedule(Notification.scheduled("EVENT_REMINDER:cost-" + stored + "-" + d,
                            MessageType.EVENT_REMINDER, "cost-" + d, null, "cost@example.org", "fr", "Rappel",
                            Map.of(), clock.instant(), clock.instant()));
                }
                long start = System.nanoTime();
                int claimed = 0;
                for (int round = 0; round < 100; round++) {
                    List<Notification> batch = notifications.claimDue("cost", properties.batchSize());
                    if (batch.isEmpty()) {
                        break;
                    }
                    batch.forEach(n -> notifications.markSent(n, "cost"));
                    claimed += batch.size();
                }
                double ms = (System.nanoTime() - start) / 1e6;
                long scan = System.nanoTime();
                mongo.find(query(where("status").is(NotificationStatus.SCHEDULED).and("dueAt").lte(Instant.now()))
                        .with(Sort.by("dueAt")).limit(500), Document.class, collection);
                System.out.printf("%,d sent messages stored: claimed and recorded %,d in %,.0f ms (%.2f ms/message);"
                        + " one look through the log by status: %,.0f ms%n", stored, claimed, ms, ms / claimed,
                        (System.nanoTime() - scan) / 1e6);
            }
            mongo.getDb().drop();
        }
    }

    private static void storeSent(MongoTemplate mongo, String collection, int count) {
        List<Document> batch = new ArrayList<>();
        Date now = new Date();
        for (int i = 0; i < count; i++) {
            batch.add(new Document("_id", "REGISTRATION_CONFIRMED:sent-" + i).append("type", "REGISTRATION_CONFIRMED")
                    .append("registrationId", "sent-" + i).append("recipient", "sent-" + i + "@example.org")
                    .append("language", "fr").append("subject", "Confirmé").append("status", "SENT")
                    .append("dueAt", now).append("sentAt", now).append("attempts", 1).append("createdAt", now));
            if (batch.size() == 1_000) {
                mongo.getCollection(collection).insertMany(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            mongo.getCollection(collection).insertMany(batch);
        }
    }
}
