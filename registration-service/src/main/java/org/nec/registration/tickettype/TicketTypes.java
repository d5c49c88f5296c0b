package org.nec.registration.tickettype;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import java.util.Optional;

import org.nec.waitinglist.Quota;
import org.nec.waitinglist.Seat;
import org.nec.platform.web.Problems;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Quotas and waiting lists: the ticket type's document's field names and its conditional updates (the seats and
 * the line through the shared {@link Quota} rule). Every change is one atomic update of the ticket type's
 * document, guarded by its condition, and repeating one (a retry, a reconciliation) changes nothing more.
 */
@Service
public class TicketTypes {

    static final String CODE = "_id";
    static final String CAPACITY = "capacity";
    static final String RESTRICTED = "restricted";

    private final MongoTemplate mongo;
    private final TicketTypeRepository repository;
    private final Quota quota;
    private final ApplicationEventPublisher events;

    TicketTypes(MongoTemplate mongo, TicketTypeRepository repository, ApplicationEventPublisher events) {
        this.mongo = mongo;
        this.repository = repository;
        this.events = events;
        this.quota = new Quota(mongo, mongo.getCollectionName(TicketType.class));
    }

    /** By code. */
    public List<TicketType> all() {
        return repository.findAll(Sort.by(CODE));
    }

    public Optional<TicketType> find(String code) {
        return repository.findById(code);
    }

    public boolean exists(String code) {
        return repository.existsById(code);
    }

    public TicketType create(String code, LocalizedText label, int capacity) {
        return create(code, label, capacity, false);
    }

    public TicketType create(String code, LocalizedText label, int capacity, boolean restricted) {
        TicketType type = new TicketType(code, label, capacity, capacity, List.of(), List.of(), restricted);
        try {
            return repository.insert(type);
        } catch (DuplicateKeyException e) {
            throw Problems.conflict("Ticket type " + code + " exists already.");
        }
    }

    /** Sets the capacity; it may not go below the seats already held. Raising it does not promote by itself. */
    public TicketType changeCapacity(String code, int capacity) {
        TicketType current = find(code).orElseThrow(() -> Problems.notFound("No ticket type " + code + "."));
        int change = capacity - current.capacity();
        // guarded by the capacity read, so a concurrent change makes this one fail rather than be lost
        TicketType changed = mongo.findAndModify(query(where(CODE).is(code).and(CAPACITY).is(current.capacity())
                        .and(Quota.AVAILABLE).gte(-change)),
                new Update().set(CAPACITY, capacity).inc(Quota.AVAILABLE, change),
                FindAndModifyOptions.options().returnNew(true), TicketType.class);
        if (changed == null) {
            TicketType now = find(code).orElseThrow();
            throw Problems.conflict("The capacity of " + code + " cannot go below the " + now.confirmed()
                    + " seats already confirmed.");
        }
        return changed;
    }

    /** Reserves the type to invitation codes unless the organiser has ever said whether it is (an older store). */
    void restrictUnlessDecided(String code) {
        mongo.updateFirst(query(where(CODE).is(code).and(RESTRICTED).exists(false)),
                new Update().set(RESTRICTED, true), TicketType.class);
    }

    /** Opens the type to everybody, or reserves it to holders of an invitation code. */
    public TicketType restrict(String code, boolean restricted) {
        TicketType changed = mongo.findAndModify(query(where(CODE).is(code)),
                new Update().set(RESTRICTED, restricted),
                FindAndModifyOptions.options().returnNew(true), TicketType.class);
        if (changed == null) {
            throw Problems.notFound("No ticket type " + code + ".");
        }
        return changed;
    }

    /**
     * Takes a seat for the registration if one is left, else puts it at the end of the waiting list. Asking again
     * for the same registration answers what it has.
     */
    public Seat claim(String code, String registrationId) {
        return quota.claim(code, registrationId);
    }

    /** Where the registration stands now. */
    public Seat seatOf(String code, String registrationId) {
        return find(code).map(type -> type.seatOf(registrationId)).orElse(Seat.waiting(0));
    }

    /** Gives back the registration's seat or place in line. */
    public void release(String code, String registrationId) {
        quota.release(code, registrationId, Update::new);
        events.publishEvent(new PlaceReleased(code, registrationId));
    }

    /** Moves the first in line to a free seat, if there are both; returns who was promoted. */
    public Optional<String> promoteNext(String code) {
        return quota.promoteNext(code, first -> new Update());
    }
}
