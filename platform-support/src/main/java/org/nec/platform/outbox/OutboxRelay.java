package org.nec.platform.outbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.bson.Document;
import org.nec.events.EventEnvelope;
import org.nec.platform.work.PollingWorker;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Moves events from the {@code pendingEvents} array of documents to their Kafka topic, then pulls them from the
 * document. At least once: a crash between the send and the pull sends the event again, and consumers are
 * idempotent on {@link EventEnvelope#eventId()}. While Kafka is away the events stay in the documents and the
 * relay retries with a growing back-off.
 */
public class OutboxRelay extends PollingWorker {

    public static final String FIELD = "pendingEvents";
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(20);

    private final MongoTemplate mongo;
    private final KafkaTemplate<String, Object> kafka;
    private final OutboxProperties properties;

    public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, Object> kafka, OutboxProperties properties) {
        super("outbox-relay", properties.pollInterval(), properties.maxBackOff());
        this.mongo = mongo;
        this.kafka = kafka;
        this.properties = properties;
    }

    @Override
    protected boolean runOnce() throws InterruptedException {
        boolean more = false;
        for (String collection : properties.collections()) {
            more |= relayCollection(collection) >= properties.batchSize();
        }
        return more;
    }

    /** Relays one batch of documents of {@code collection}; returns how many documents had pending events. */
    private int relayCollection(String collection) throws InterruptedException {
        List<Document> documents = mongo.find(query(where(FIELD + ".eventId").exists(true))
                .limit(properties.batchSize()), Document.class, collection);
        List<Sending> sendings = new ArrayList<>();
        for (Document document : documents) {
            for (Document message : document.getList(FIELD, Document.class)) {
                sendings.add(new Sending(document.get("_id"), message.getString("eventId"), kafka.send(
                        message.getString("topic"), message.getString("key"), message.getString("payload"))));
            }
        }
        RuntimeException failure = null;
        BulkOperations pulls = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection);
        int sent = 0;
        for (Sending sending : sendings) {
            try {
                sending.result().get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                pulls.updateOne(query(where("_id").is(sending.documentId())),
                        new Update().pull(FIELD, new Document("eventId", sending.eventId())));
                sent++;
            } catch (ExecutionException | TimeoutException e) {
                failure = new IllegalStateException("Kafka did not take event " + sending.eventId() + ": "
                        + e.getMessage(), e);
            }
        }
        if (sent > 0) {
            // one write for the batch: what Kafka took leaves the documents
            pulls.execute();
        }
        if (failure != null) {
            throw failure;
        }
        return documents.size();
    }

    private record Sending(Object documentId, String eventId, CompletableFuture<?> result) {
    }
}
