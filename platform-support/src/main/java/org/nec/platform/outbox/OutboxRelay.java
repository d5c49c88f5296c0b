package org.nec.platform.outbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
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
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Moves events from the {@code pendingEvents} array of documents to their Kafka topic, then pulls them from the
 * document. At least once: a crash between the send and the pull sends the event again, and consumers are
 * idempotent on {@link EventEnvelope#eventId()}. While Kafka is away the events stay in the documents and the
 * relay retries with a growing back-off.
 *
 * <p>A writer announces the document it gave events to ({@link #wake(Class, Object)}): the relay reads those
 * documents by id at once, the one lookup every store answers from an index. Looking for pending events by
 * their field scans a whole collection on a store without secondary indexes, so it is only the safety net: at
 * start (what a crash left behind), every poll interval, and when a writer does not say which document it wrote.
 */
public class OutboxRelay extends PollingWorker {

    public static final String FIELD = "pendingEvents";
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(20);

    private final MongoTemplate mongo;
    private final KafkaTemplate<String, Object> kafka;
    private final OutboxProperties properties;
    private final Announced announced = new Announced();
    private volatile boolean sweepAsked = true;
    private volatile long lastSweep;

    public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, Object> kafka, OutboxProperties properties) {
        super("outbox-relay", properties.pollInterval(), properties.maxBackOff());
        this.mongo = mongo;
        this.kafka = kafka;
        this.properties = properties;
        // the first round looks through the collections at once: what a crash left behind goes out first
        this.lastSweep = System.nanoTime() - properties.pollInterval().toNanos();
    }

    /** The document of {@code entity} with this id holds new events: they are relayed at once. */
    public void wake(Class<?> entity, Object documentId) {
        wake(entity, List.of(documentId));
    }

    /** These documents of {@code entity} hold new events: they are relayed at once, in one round. */
    public void wake(Class<?> entity, Collection<?> documentIds) {
        if (documentIds.isEmpty()) {
            return;
        }
        if (!announced.add(mongo.getCollectionName(entity), documentIds)) {
            sweepAsked = true;
        }
        super.wake();
    }

    /** New events in documents nobody named: the next round looks through the collections. */
    @Override
    public void wake() {
        sweepAsked = true;
        super.wake();
    }

    @Override
    protected Duration untilNextRound() {
        Duration sinceSweep = Duration.ofNanos(System.nanoTime() - lastSweep);
        return sinceSweep.compareTo(properties.pollInterval()) >= 0 ? Duration.ZERO
                : properties.pollInterval().minus(sinceSweep);
    }

    @Override
    protected boolean runOnce() throws InterruptedException {
        boolean sweep = sweepAsked || untilNextRound().isZero();
        if (sweep) {
            sweepAsked = false;
            lastSweep = System.nanoTime();
        }
        boolean more = false;
        for (String collection : properties.collections()) {
            List<Object> ids = announced.take(collection, properties.batchSize());
            if (!ids.isEmpty()) {
                try {
                    relay(collection, query(where("_id").in(ids)));
                } catch (RuntimeException | InterruptedException e) {
                    announced.add(collection, ids);
                    throw e;
                }
                more |= announced.any(collection);
            }
            if (sweep) {
                try {
                    if (relay(collection, query(where(FIELD + ".eventId").exists(true))
                            .limit(properties.batchSize())) >= properties.batchSize()) {
                        // a full batch: the look through goes on in the next round
                        sweepAsked = true;
                        more = true;
                    }
                } catch (RuntimeException | InterruptedException e) {
                    sweepAsked = true;
                    throw e;
                }
            }
        }
        return more;
    }

    /** Relays the events of the documents {@code selection} finds; returns how many documents it found. */
    private int relay(String collection, Query selection) throws InterruptedException {
        selection.fields().include(FIELD);
        List<Document> documents = mongo.find(selection, Document.class, collection);
        List<Sending> sendings = new ArrayList<>();
        for (Document document : documents) {
            List<Document> messages = document.getList(FIELD, Document.class);
            for (Document message : messages == null ? List.<Document>of() : messages) {
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
