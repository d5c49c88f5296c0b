package org.nec.platform.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.nec.events.registration.RegistrationErased;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;

/**
 * Not a test: a measurement run by hand, showing that the relay's cost per event does not grow with the documents
 * already relayed. For each size it stores that many documents without pending events, then 1,000 documents with
 * one event each, and times relaying them (a) announced by id, as writers do, and (b) found by a look through the
 * collection, as the safety net does. Kafka is a {@link MockProducer}: what is measured is the store's part.
 *
 * <p>{@code java -cp ... org.nec.platform.outbox.OutboxRelayCost mongodb://127.0.0.1:PORT 10000 100000}
 */
public final class OutboxRelayCost {

    private static final int EVENTS = 1_000;

    record CostProbe(String id) {
    }

    private OutboxRelayCost() {
    }

    public static void main(String[] args) throws Exception {
        try (MongoClient client = MongoClients.create(args[0])) {
            MongoTemplate mongo = new MongoTemplate(client, "outbox-cost");
            // the template closes what the factory gives it after each send: a new mock each time
            ProducerFactory<String, Object> factory = () -> new MockProducer<>(true, null, new StringSerializer(),
                    (topic, value) -> String.valueOf(value).getBytes());
            OutboxProperties properties = new OutboxProperties(List.of("costProbe"), Duration.ofHours(1), 200,
                    Duration.ofSeconds(1));
            OutboxRelay relay = new OutboxRelay(mongo, new KafkaTemplate<>(factory), properties);
            for (int i = 1; i < args.length; i++) {
                int stored = Integer.parseInt(args[i]);
                mongo.dropCollection("costProbe");
                insert(mongo, stored, false);
                relay.runOnce(); // the start's look through the collection
                System.out.printf("%,d relayed documents stored: by id %s; found by a look through %s%n", stored,
                        time(relay, mongo, true), time(relay, mongo, false));
            }
            mongo.getDb().drop();
        }
    }

    private static String time(OutboxRelay relay, MongoTemplate mongo, boolean announced) throws Exception {
        List<Object> ids = insert(mongo, EVENTS, true);
        long start = System.nanoTime();
        if (announced) {
            relay.wake(CostProbe.class, ids);
        } else {
            relay.wake();
        }
        int rounds = 0;
        while (relay.runOnce() && rounds++ < 10_000) {
            // until every event is out
        }
        double ms = (System.nanoTime() - start) / 1e6;
        long left = mongo.getCollection("costProbe").countDocuments(new Document(OutboxRelay.FIELD + ".eventId",
                new Document("$exists", true)));
        return String.format("%,.0f ms for %,d events (%.2f ms/event, %d left)", ms, EVENTS, ms / EVENTS, left);
    }

    private static List<Object> insert(MongoTemplate mongo, int count, boolean withEvent) {
        List<Object> ids = new ArrayList<>();
        List<Document> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = (withEvent ? "pending-" : "relayed-") + System.nanoTime() + "-" + i;
            Document document = new Document("_id", id).append("status", "CONFIRMED").append("email", id + "@x.org")
                    .append("answers", Map.of("q", "a"));
            if (withEvent) {
                OutboxMessage message = OutboxMessage.of("cost.events", new RegistrationErased(id), Instant.now());
                document.append(OutboxRelay.FIELD, List.of(new Document("eventId", message.eventId())
                        .append("topic", message.topic()).append("key", message.key()).append("type", message.type())
                        .append("payload", message.payload())));
            }
            batch.add(document);
            ids.add(id);
            if (batch.size() == 1_000) {
                mongo.getCollection("costProbe").insertMany(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            mongo.getCollection("costProbe").insertMany(batch);
        }
        return ids;
    }
}
