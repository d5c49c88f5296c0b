package org.nec.registration.register;

import java.util.Optional;

import org.nec.platform.outbox.OutboxRelay;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Applies a registration's {@link Transition}s: one conditional single-document write each, the event in the same
 * write, then the outbox relay is told which document holds new events.
 */
@Component
public class RegistrationStore {

    private final MongoTemplate mongo;
    private final OutboxRelay relay;

    RegistrationStore(MongoTemplate mongo, OutboxRelay relay) {
        this.mongo = mongo;
        this.relay = relay;
    }

    /** @return whether the transition applied (false: its condition no longer held) */
    public boolean apply(Transition transition) {
        boolean applied = mongo.updateFirst(transition.condition(), transition.change(), Registration.class)
                .getModifiedCount() > 0;
        if (applied && transition.event() != null) {
            relay.wake(Registration.class, transition.registrationId());
        }
        return applied;
    }

    /** As {@link #apply}, answering the registration as it was just before; empty if it did not apply. */
    public Optional<Registration> applyAndGetBefore(Transition transition) {
        Optional<Registration> before = Optional.ofNullable(mongo.findAndModify(transition.condition(),
                transition.change(), Registration.class));
        if (before.isPresent() && transition.event() != null) {
            relay.wake(Registration.class, transition.registrationId());
        }
        return before;
    }
}
