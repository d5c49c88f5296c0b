package org.nec.registration.waitlist;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.nec.platform.work.PollingWorker;
import org.nec.registration.register.ManageToken;
import org.nec.registration.register.Placement;
import org.nec.registration.register.Registration;
import org.nec.registration.register.RegistrationLifecycle;
import org.nec.registration.register.RegistrationProperties;
import org.nec.registration.register.RegistrationRepository;
import org.nec.registration.register.RegistrationStatus;
import org.nec.registration.register.RegistrationStore;
import org.nec.registration.tickettype.TicketType;
import org.nec.registration.tickettype.TicketTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.data.domain.Limit;
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
    private static final Limit BATCH = Limit.of(100);

    private final RegistrationRepository registrations;
    private final RegistrationLifecycle lifecycle;
    private final RegistrationStore store;
    private final TicketTypes ticketTypes;
    private final Placement placement;
    private final WaitingList waitingList;
    private final RegistrationProperties properties;
    private final Settings settings;
    private final Clock clock;

    SeatReconciler(RegistrationRepository registrations, RegistrationLifecycle lifecycle, RegistrationStore store,
                   TicketTypes ticketTypes, Placement placement, WaitingList waitingList,
                   RegistrationProperties properties, Settings settings, Clock clock) {
        super("seat-reconciler", settings.every(), settings.every());
        this.registrations = registrations;
        this.lifecycle = lifecycle;
        this.store = store;
        this.ticketTypes = ticketTypes;
        this.placement = placement;
        this.waitingList = waitingList;
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
        List<Registration> stale = registrations.findByStatusAndCreatedAtBefore(RegistrationStatus.PENDING,
                clock.instant().minus(settings.pendingFor()), BATCH);
        for (Registration pending : stale) {
            String token = ManageToken.generate();
            if (store.apply(lifecycle.replaceLostLink(pending, ManageToken.hash(token)))) {
                log.warn("Registration {} was left pending; seating it now", pending.id());
                registrations.findById(pending.id()).ifPresent(reissued ->
                        placement.place(reissued, properties.manageUrl(pending.id(), token)));
            }
        }
    }

    private void alignWithRegistrations(TicketType type) {
        List<String> ids = new ArrayList<>(type.holders());
        ids.addAll(type.waitlist());
        Map<String, Registration> byId = registrations.findAllById(ids).stream()
                .collect(Collectors.toMap(Registration::id, Function.identity()));
        for (String id : ids) {
            Registration registration = byId.get(id);
            if (registration == null || !registration.isActive()
                    && registration.status() != RegistrationStatus.PENDING) {
                ticketTypes.release(type.code(), id);
            } else if (type.holds(id) && registration.status() == RegistrationStatus.WAITLISTED) {
                placement.confirmPromotion(id);
            }
        }
        waitingList.promoteWaiting(type.code());
    }

    /**
     * @param every how often to look for interrupted moves
     * @param pendingFor how long a registration may stay PENDING before it is taken for interrupted
     */
    @ConfigurationProperties("nec.registration.reconcile")
    record Settings(@DefaultValue("30s") Duration every, @DefaultValue("30s") Duration pendingFor) {
    }
}
