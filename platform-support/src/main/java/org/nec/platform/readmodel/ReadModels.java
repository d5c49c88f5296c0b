package org.nec.platform.readmodel;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import org.nec.events.EventEnvelope;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Idempotent, order-tolerant read models: a document keyed by the aggregate id is changed by an event only if the
 * event is not older than the last one applied to it (the store keeps milliseconds, so two events of the same
 * millisecond apply in the order they arrive, which for one aggregate is the order they were published). A
 * replayed event sets the same values again; an older one changes nothing.
 */
public final class ReadModels {

    public static final String LAST_EVENT_AT = "lastEventAt";
    public static final String LAST_EVENT_ID = "lastEventId";

    private ReadModels() {
    }

    /** @return whether the event changed the document */
    public static boolean upsertIfNewer(MongoTemplate mongo, Class<?> type, String id, EventEnvelope event,
                                        Update update) {
        Criteria olderOrAbsent = new Criteria().orOperator(where(LAST_EVENT_AT).lte(event.occurredAt()),
                where(LAST_EVENT_AT).exists(false));
        update.set(LAST_EVENT_AT, event.occurredAt()).set(LAST_EVENT_ID, event.eventId());
        try {
            var result = mongo.upsert(query(where("_id").is(id).andOperator(olderOrAbsent)), update, type);
            return result.getMatchedCount() > 0 || result.getUpsertedId() != null;
        } catch (DuplicateKeyException newerAlreadyApplied) {
            // the document exists with a newer (or the same) event: the upsert tried to insert a second one
            return false;
        }
    }
}
