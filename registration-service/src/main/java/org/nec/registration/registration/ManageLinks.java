package org.nec.registration.registration;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Instant;

import org.nec.events.registration.ManageLinkReissued;
import org.nec.platform.outbox.OutboxRelay;
import org.nec.registration.abuse.LinkResendLimits;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * "I lost my link": a new manage link is sent to the address of the registration, and the link in use keeps
 * working beside it (see {@link ManageLinkHashes}). The caller learns nothing about whether the address is
 * registered, nor whether a resend was over its limit.
 */
@Service
public class ManageLinks {

    private final MongoTemplate mongo;
    private final OutboxRelay relay;
    private final RegistrationProperties properties;
    private final LinkResendLimits limits;
    private final SealedLinks sealed;
    private final PersonKeyring keys;
    private final Clock clock;

    ManageLinks(MongoTemplate mongo, OutboxRelay relay, RegistrationProperties properties, LinkResendLimits limits,
                SealedLinks sealed, PersonKeyring keys, Clock clock) {
        this.keys = keys;
        this.sealed = sealed;
        this.mongo = mongo;
        this.relay = relay;
        this.properties = properties;
        this.limits = limits;
        this.clock = clock;
    }

    /** Sends a new link unless this address or this client has asked too often lately. */
    public void resend(String email, String clientAddress) {
        if (email == null || email.isBlank()) {
            return;
        }
        String address = Registration.normaliseEmail(email);
        if (!limits.tryResend(address, clientAddress)) {
            return;
        }
        Registration active = mongo.findOne(query(where("activeEmail").is(address)), Registration.class);
        if (active == null) {
            return;
        }
        Instant now = clock.instant();
        String surviving = ManageLinkHashes.of(active).survivingAfterResend(now);
        String token = ManageToken.generate();
        String hash = ManageToken.hash(token);
        var event = new ManageLinkReissued(active.id(), active.firstName(), active.email(), active.language(),
                null, hash, surviving, now.plus(ManageLinkHashes.OLD_LINK_LIFETIME),
                sealed.manageUrl(active.id(), properties.manageUrl(active.id(), token)));
        // conditional on the hashes read, so that a concurrent resend or first use is not overwritten
        var changed = mongo.updateFirst(query(where("_id").is(active.id()).and("activeEmail").is(address)
                        .and("manageTokenHash").is(active.manageTokenHash())
                        .and("pendingTokenHash").is(active.pendingTokenHash())),
                new Update().set("manageTokenHash", surviving).set("pendingTokenHash", hash)
                        .set("pendingIssuedAt", now)
                        .push(OutboxRelay.FIELD).each((Object[]) keys.messages(event, now)), Registration.class);
        if (changed.getModifiedCount() == 1) {
            relay.wake(Registration.class, active.id());
        }
    }

    /**
     * Whether the token opens this registration. The first time the new link is presented it becomes the only
     * one, in one conditional write.
     */
    boolean accepts(Registration registration, String token) {
        return switch (ManageLinkHashes.of(registration).match(token, clock.instant())) {
            case CURRENT -> true;
            case PENDING -> {
                mongo.updateFirst(query(where("_id").is(registration.id())
                                .and("pendingTokenHash").is(registration.pendingTokenHash())),
                        new Update().set("manageTokenHash", registration.pendingTokenHash())
                                .unset("pendingTokenHash").unset("pendingIssuedAt"), Registration.class);
                yield true;
            }
            case NONE -> false;
        };
    }
}
