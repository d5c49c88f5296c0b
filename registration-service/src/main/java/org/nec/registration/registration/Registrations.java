package org.nec.registration.registration;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.nec.events.Topics;
import org.nec.events.registration.RegistrationConfirmed;
import org.nec.platform.outbox.OutboxMessage;
import org.nec.platform.outbox.OutboxRelay;
import org.nec.platform.web.Problems;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/** Registering attendees: each change and the event reporting it are one single-document write. */
@Service
public class Registrations {

    private final MongoTemplate mongo;
    private final OutboxRelay relay;
    private final RegistrationProperties properties;
    private final Clock clock;

    Registrations(MongoTemplate mongo, OutboxRelay relay, RegistrationProperties properties, Clock clock) {
        this.mongo = mongo;
        this.relay = relay;
        this.properties = properties;
        this.clock = clock;
    }

    /** Registers a new attendee; 409 if the address already holds an active registration. */
    public RegistrationCreated register(RegistrationRequest request) {
        Instant now = clock.instant();
        String id = UUID.randomUUID().toString();
        String token = ManageToken.generate();
        String tokenHash = ManageToken.hash(token);
        String manageUrl = properties.manageUrl(id, token);
        String email = request.email();
        String organisation = request.organisation();
        var confirmed = new RegistrationConfirmed(id, request.firstName(), request.lastName(), email,
                organisation, request.ticketType(), request.language(), manageUrl, tokenHash);
        var registration = new Registration(id, confirmed.firstName(), confirmed.lastName(), email,
                Registration.normaliseEmail(email), organisation, request.ticketType(), request.language(),
                request.answers() == null ? Map.of() : request.answers(),
                new Consent(properties.privacyPolicyVersion(), now), RegistrationStatus.CONFIRMED, tokenHash, now,
                List.of(OutboxMessage.of(Topics.REGISTRATION, confirmed, now)));
        try {
            mongo.insert(registration);
        } catch (DuplicateKeyException e) {
            throw Problems.conflict("This e-mail address already holds a registration. Use the link in your "
                    + "confirmation e-mail to manage it.");
        }
        relay.wake();
        return new RegistrationCreated(id, RegistrationStatus.CONFIRMED, null, manageUrl);
    }

    /** The registration if the token is its manage token; empty for a wrong token exactly as for an unknown id. */
    public Optional<Registration> findWithToken(String id, String token) {
        return Optional.ofNullable(mongo.findById(id, Registration.class))
                .filter(r -> ManageToken.matches(token, r.manageTokenHash()));
    }

    public List<Registration> all() {
        return mongo.find(query(where("_id").exists(true)).with(Sort.by("createdAt")), Registration.class);
    }
}
