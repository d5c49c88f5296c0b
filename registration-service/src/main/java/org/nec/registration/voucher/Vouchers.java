package org.nec.registration.voucher;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.nec.platform.web.FieldProblem;
import org.nec.platform.web.Problems;
import org.nec.registration.tickettype.PlaceReleased;
import org.nec.registration.tickettype.TicketTypes;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Invitation codes. A use is taken by one conditional update ({@code remaining > 0}, not revoked, not already held
 * by this registration), so a code with N uses is never used N + 1 times, however many register at once; giving a
 * use back is the reverse update, guarded by the registration holding it, so doing it twice gives back once.
 */
@Service
public class Vouchers {

    /** The one answer for a code that is wrong, revoked, used up or for another ticket type. */
    public static final FieldProblem INVALID = new FieldProblem("voucher", "is not a valid invitation code");
    public static final FieldProblem MISSING = new FieldProblem("voucher",
            "is required: this ticket type is by invitation only");

    private static final String CODE = "_id";
    private static final String TICKET_TYPE = "ticketType";
    private static final String REMAINING = "remaining";
    private static final String REGISTRATIONS = "registrations";
    private static final String REVOKED = "revoked";
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "createdAt");

    private final MongoTemplate mongo;
    private final VoucherRepository repository;
    private final TicketTypes ticketTypes;
    private final Clock clock;

    Vouchers(MongoTemplate mongo, VoucherRepository repository, TicketTypes ticketTypes, Clock clock) {
        this.mongo = mongo;
        this.repository = repository;
        this.ticketTypes = ticketTypes;
        this.clock = clock;
        mongo.indexOps(Voucher.class).createIndex(new Index(REGISTRATIONS, Sort.Direction.ASC));
    }

    public Voucher create(String ticketType, int uses, String label) {
        if (!ticketTypes.exists(ticketType)) {
            throw Problems.invalid(List.of(new FieldProblem("ticketType", "is not a ticket type of this event")));
        }
        for (int attempt = 0; attempt < 5; attempt++) {
            try {
                return repository.insert(new Voucher(VoucherCode.generate(), ticketType, label, uses, uses, List.of(),
                        false, clock.instant()));
            } catch (DuplicateKeyException drawnTwice) {
                // one chance in 10^17: draw again
            }
        }
        throw new IllegalStateException("No free invitation code after 5 draws");
    }

    /** Newest first; for one ticket type when given. */
    public List<Voucher> all(String ticketType) {
        return ticketType == null || ticketType.isBlank() ? repository.findAll(NEWEST_FIRST)
                : repository.findByTicketType(ticketType, NEWEST_FIRST);
    }

    public Optional<Voucher> find(String code) {
        String normalised = VoucherCode.normalise(code);
        return normalised == null ? Optional.empty() : repository.findById(normalised);
    }

    /** No new use from now on; registrations already made with it stay. */
    public Voucher revoke(String code) {
        String normalised = VoucherCode.normalise(code);
        Voucher revoked = normalised == null ? null : mongo.findAndModify(query(where(CODE).is(normalised)),
                new Update().set(REVOKED, true), FindAndModifyOptions.options().returnNew(true), Voucher.class);
        if (revoked == null) {
            throw Problems.notFound("No invitation code " + code + ".");
        }
        return revoked;
    }

    /** Takes one use of the code for this registration; false if the code cannot be used for this ticket type. */
    public boolean use(String code, String ticketType, String registrationId) {
        String normalised = VoucherCode.normalise(code);
        if (normalised == null) {
            return false;
        }
        return mongo.updateFirst(query(where(CODE).is(normalised).and(TICKET_TYPE).is(ticketType)
                        .and(REVOKED).is(false).and(REMAINING).gt(0).and(REGISTRATIONS).ne(registrationId)),
                new Update().inc(REMAINING, -1).push(REGISTRATIONS, registrationId), Voucher.class)
                .getModifiedCount() == 1;
    }

    /** A cancelled or erased registration frees its invitation's use for someone else. */
    @EventListener
    void on(PlaceReleased released) {
        giveBack(released.registrationId());
    }

    /** Gives back the use this registration holds, if any. */
    public void giveBack(String registrationId) {
        mongo.updateFirst(query(where(REGISTRATIONS).is(registrationId)),
                new Update().inc(REMAINING, 1).pull(REGISTRATIONS, registrationId), Voucher.class);
    }
}
