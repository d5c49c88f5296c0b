package org.nec.registration.registration;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.nec.platform.work.PollingWorker;
import org.nec.registration.tickettype.TicketType;
import org.nec.registration.tickettype.TicketTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Finishes what a crash interrupted between the two documents of a registration's move (its own and its ticket
 * type's): a registration left PENDING gets its seat or place in line (and a new manage link, since the first one
 * never left the server), a registration that stopped being active gives its seat back, a promotion not yet
 * recorded is recorded. Each repair is the same conditional update as the normal path, so it cannot apply twice.
 */
@Component
class SeatReconciler extends PollingWorker {

    private static final Logger log = LoggerFactory.getLogger(SeatReconciler.class);

    private final MongoTemplate mongo;
    private final TicketTypes ticketTypes;
    private final Seating seating;
    private final RegistrationProperties properties;
    private final Settings settings;
    private final Clock clock;

    SeatReconciler(MongoTemplate mongo, TicketTypes ticketTypes, Seating seating, RegistrationProperties properties,
                   Settings settings, Clock clock) {
        super("seat-reconciler", settings.every(), settings.every());
        this.mongo = mongo;
        this.ticketTypes = ticketTypes;
        this.seating = seating;
        this.properties = properties;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    protected boolean runOnce() {
        seatStalePending();
        ticketTypes.all().forEach(this::alignWithRegistrations);
        return false;
    }

    private void seatStalePending() {
        List<Registration> stale = mongo.find(query(where("status").is(RegistrationStatus.PENDING)
                .and("createdAt").lt(clock.instant().minus(settings.pendingFor()))).limit(100), Registration.class);
        for (Registration pending : stale) {
            String token = ManageToken.generate();
            var reissued = mongo.updateFirst(query(where("_id").is(pending.id()).and("status")
                    .is(RegistrationStatus.PENDING).and("manageTokenHash").is(pending.manageTokenHash())),
                    new Update().set("manageTokenHash", ManageToken.hash(token)), Registration.class);
            if (reissued.getModifiedCount() == 1) {
                log.warn("Registration {} was left pending; seating it now", pending.id());
                seating.seat(mongo.findById(pending.id(), Registration.class),
                        properties.manageUrl(pending.id(), token));
            }
        }
    }

    private void alignWithRegistrations(TicketType type) {
        List<String> ids = new java.util.ArrayList<>(type.holders());
        ids.addAll(type.waitlist());
        Map<String, Registration> byId = mongo.find(query(where("_id").in(ids)), Registration.class).stream()
                .collect(Collectors.toMap(Registration::id, Function.identity()));
        for (String id : ids) {
            Registration registration = byId.get(id);
            if (registration == null || !registration.status().isActive()
                    && registration.status() != RegistrationStatus.PENDING) {
                ticketTypes.release(type.code(), id);
            } else if (type.holds(id) && registration.status() == RegistrationStatus.WAITLISTED) {
                seating.confirmPromotion(id);
            }
        }
        seating.promoteWaiting(type.code());
    }

    /**
     * @param every how often to look for interrupted moves
     * @param pendingFor how long a registration may stay PENDING before it is taken for interrupted
     */
    @ConfigurationProperties("nec.registration.reconcile")
    record Settings(@DefaultValue("30s") Duration every, @DefaultValue("30s") Duration pendingFor) {
    }
}
