package org.nec.notification.seat;

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

    private static final String SESSION_ID = "sessionId";
    private static final String REGISTRATION_ID = "registrationId";
    private static final String STATUS = "status";
    private static final String EVENT = "event";
    private static final String RELEASED_AT = "releasedAt";

    private final MongoTemplate mongo;
    private final SeatCopyRepository repository;

    SeatCopies(MongoTemplate mongo, SeatCopyRepository repository) {
        this.mongo = mongo;
        this.repository = repository;
    }

    /** @return whether the event was news (not older than what the copy holds, nor the same again) */
    boolean apply(EventEnvelope event, String sessionId, String registrationId, SeatEvent seatEvent) {
        Update update = new Update().set(SESSION_ID, sessionId).set(REGISTRATION_ID, registrationId)
                .set(STATUS, seatEvent.status()).set(EVENT, seatEvent.storedName());
        if (seatEvent.status() == SeatStatus.RELEASED) {
            update.set(RELEASED_AT, event.occurredAt());
        } else {
            update.unset(RELEASED_AT);
        }
        return ReadModels.upsertIfNewer(mongo, SeatCopy.class, SeatCopy.id(sessionId, registrationId), event,
                update);
    }

    /** The seats and places in line a registration holds now. */
    List<SeatCopy> heldBy(String registrationId) {
        return repository.findByRegistrationId(registrationId).stream().filter(seat -> !seat.released()).toList();
    }

    /** The registrations a change of the session published at {@code at} concerns. */
    public List<String> concernedBy(String sessionId, Instant at) {
        return repository.findBySessionId(sessionId).stream().filter(seat -> seat.concernedBy(at))
                .map(SeatCopy::registrationId).toList();
    }

    public void forget(String registrationId) {
        repository.deleteByRegistrationId(registrationId);
    }
}
