package org.nec.notification.agenda;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.List;

import org.nec.events.EventEnvelope;
import org.nec.platform.readmodel.ReadModels;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/** The copy of who holds which seat, idempotent and order-tolerant like every copy here. */
@Service
public class SeatCopies {

    private final MongoTemplate mongo;

    SeatCopies(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** @return whether the event was news (not older than what the copy holds, nor the same again) */
    boolean apply(EventEnvelope event, String sessionId, String registrationId, String status) {
        Update update = new Update().set("sessionId", sessionId).set("registrationId", registrationId)
                .set("status", status).set("event", event.payload().getClass().getSimpleName());
        if (SeatCopy.RELEASED.equals(status)) {
            update.set("releasedAt", event.occurredAt());
        } else {
            update.unset("releasedAt");
        }
        return ReadModels.upsertIfNewer(mongo, SeatCopy.class, SeatCopy.id(sessionId, registrationId), event,
                update);
    }

    /** The seats and places in line a registration holds now. */
    public List<SeatCopy> heldBy(String registrationId) {
        return mongo.find(query(where("registrationId").is(registrationId)), SeatCopy.class).stream()
                .filter(seat -> !SeatCopy.RELEASED.equals(seat.status())).toList();
    }

    /** The registrations a change of the session published at {@code at} concerns. */
    List<String> concernedBy(String sessionId, Instant at) {
        return mongo.find(query(where("sessionId").is(sessionId)), SeatCopy.class).stream()
                .filter(seat -> seat.concernedBy(at)).map(SeatCopy::registrationId).toList();
    }

    public void forget(String registrationId) {
        mongo.remove(query(where("registrationId").is(registrationId)), SeatCopy.class);
    }
}
