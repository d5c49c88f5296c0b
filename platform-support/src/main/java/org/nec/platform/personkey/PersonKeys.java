package org.nec.platform.personkey;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Optional;

import org.bson.Document;
import org.nec.events.EventEnvelope;
import org.nec.events.person.PersonKey;
import org.nec.events.person.PersonKeyIssued;
import org.nec.events.person.PersonKeyMissing;
import org.nec.events.person.PersonalFields;
import org.nec.events.registration.RegistrationErased;
import org.nec.events.seal.SealedSecrets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

/**
 * This service's copy of each person's key (collection {@code personKeys}, by registration id), kept as it
 * arrived: sealed for this service. Erasure leaves a mark without the key, so that the person's events read
 * later (a replay, a new consumer) are skipped instead of waited for.
 */
public class PersonKeys {

    static final String COLLECTION = "personKeys";
    private static final Logger log = LoggerFactory.getLogger(PersonKeys.class);

    private final MongoTemplate mongo;
    private final String reader;
    private final SealedSecrets.Opener opener;

    PersonKeys(MongoTemplate mongo, PersonKeyProperties properties) {
        this.mongo = mongo;
        this.reader = properties.reader();
        this.opener = SealedSecrets.opener(properties.privateKey(), "nec.person-key.private-key");
    }

    /**
     * The event with its personal fields in clear; empty if the person was erased (nothing to read any more).
     * {@link PersonKeyMissing} while their key has not arrived.
     */
    public Optional<EventEnvelope> open(EventEnvelope envelope) {
        String id = envelope.aggregateId();
        if (envelope.payload() instanceof RegistrationErased) {
            erased(id);
            return Optional.of(envelope);
        }
        if (!PersonalFields.sealed(envelope.payload())) {
            return Optional.of(envelope);
        }
        Document stored = mongo.findById(id, Document.class, COLLECTION);
        if (stored != null && Boolean.TRUE.equals(stored.getBoolean("erased"))) {
            log.info("Skipped event {} ({}): registration {} was erased", envelope.eventId(), envelope.type(), id);
            return Optional.empty();
        }
        if (stored == null || stored.getString("sealed") == null) {
            throw new PersonKeyMissing(id);
        }
        PersonKey key = PersonKey.decode(opener.open(stored.getString("sealed"), id, SealedSecrets.PERSON_KEY));
        return Optional.of(new EventEnvelope(envelope.eventId(), envelope.type(), envelope.schemaVersion(),
                envelope.occurredAt(), id, PersonalFields.open(envelope.payload(), key)));
    }

    void issued(PersonKeyIssued issued) {
        String sealed = issued.sealedFor().get(reader);
        if (sealed == null) {
            log.warn("The key of registration {} is not sealed for {}", issued.registrationId(), reader);
            return;
        }
        try {
            // never brings a key back once the person is erased
            mongo.upsert(query(where("_id").is(issued.registrationId()).and("erased").ne(true)),
                    new Update().set("sealed", sealed), COLLECTION);
        } catch (DuplicateKeyException erased) {
            log.info("Ignored the key of registration {}: it was erased", issued.registrationId());
        }
    }

    /** Forgets the person's key for good. */
    public void erased(String registrationId) {
        mongo.upsert(query(where("_id").is(registrationId)), new Update().set("erased", true).unset("sealed"),
                COLLECTION);
    }

    /** Whether this service could still read the person's data ({@code false} once erased or never known). */
    public boolean holdsKeyOf(String registrationId) {
        Document stored = mongo.findById(registrationId, Document.class, COLLECTION);
        return stored != null && stored.getString("sealed") != null;
    }
}
