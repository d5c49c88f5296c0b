package org.nec.agenda.dashboard;

import java.util.Map;
import java.util.TreeMap;

import org.nec.events.EventEnvelope;
import org.nec.events.Topics;
import org.nec.events.notification.NotificationFailed;
import org.nec.events.notification.NotificationSent;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** What the dashboard shows of the mails: one line per message, from {@code notification.events}. */
@Component
class Deliveries {

    private static final String TYPE = "type";
    private static final String STATUS = "status";

    private final DeliveryRepository deliveries;
    private final MongoTemplate mongo;

    Deliveries(DeliveryRepository deliveries, MongoTemplate mongo) {
        this.deliveries = deliveries;
        this.mongo = mongo;
    }

    @KafkaListener(id = "agenda-deliveries", topics = Topics.NOTIFICATION, idIsGroup = false)
    void on(EventEnvelope event) {
        // SENT and FAILED are both final, so a message has one outcome: setting it by id alone is idempotent
        if (event.payload() instanceof NotificationSent sent) {
            record(sent.notificationId(), sent.type(), "SENT");
        } else if (event.payload() instanceof NotificationFailed failed) {
            record(failed.notificationId(), failed.type(), "FAILED");
        }
    }

    private void record(String notificationId, String type, String status) {
        mongo.upsert(Query.query(Criteria.where("_id").is(notificationId)),
                new Update().set(TYPE, type).set(STATUS, status), Delivery.class);
    }

    /** Per message type, how many were sent and how many failed. */
    Map<String, Map<String, Long>> counts() {
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        for (Delivery delivery : deliveries.findAll()) {
            counts.computeIfAbsent(delivery.type(), t -> new TreeMap<>()).merge(delivery.status(), 1L, Long::sum);
        }
        return counts;
    }

    @Document("deliveries")
    record Delivery(@Id String id, String type, String status) {
    }
}
