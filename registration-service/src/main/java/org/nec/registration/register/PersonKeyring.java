package org.nec.registration.register;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.Map;

import org.bson.Document;
import org.nec.events.DomainEvent;
import org.nec.events.Topics;
import org.nec.events.person.PersonKey;
import org.nec.events.person.PersonKeyIssued;
import org.nec.events.person.PersonalFields;
import org.nec.events.seal.SealedSecrets;
import org.nec.platform.outbox.OutboxMessage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Each registration's own key for the personal fields of its events (collection {@code personKeys}, by
 * registration id; never in the registration nor, in clear, in an outbox). Every event leaves with the key sealed
 * for agenda-service and notification-service on {@link Topics#PERSON_KEYS}: the topic is compacted, so this
 * costs one record per person, and a key is never missing for long whatever was lost before. Erasure deletes the
 * key here and on the topic (a tombstone): what the topics still hold about the person is then ciphertext only.
 */
@Component
public class PersonKeyring implements RegistrationLifecycle.Sealing {

    static final String COLLECTION = "personKeys";
    private static final String ID = "_id";
    private static final String KEY = "key";
    static final String AGENDA_KEY_SETTING = "NEC_AGENDA_PUBLIC_KEY";

    private final MongoTemplate mongo;
    private final SealedSecrets.Sealer forNotification;
    private final SealedSecrets.Sealer forAgenda;

    PersonKeyring(MongoTemplate mongo, @Value("${nec.link.public-key:}") String notificationKey,
                  @Value("${nec.agenda.public-key:}") String agendaKey) {
        this.mongo = mongo;
        this.forNotification = SealedSecrets.sealer(notificationKey, SealedLinks.KEY_SETTING);
        this.forAgenda = SealedSecrets.sealer(agendaKey, AGENDA_KEY_SETTING);
    }

    /** The outbox messages of {@code event}: its person's key, sealed, then the event with personal fields encrypted. */
    @Override
    public OutboxMessage[] messages(DomainEvent event, Instant now) {
        String id = event.aggregateId();
        PersonKey key = keyOf(id);
        String encoded = key.encoded();
        var issued = new PersonKeyIssued(id, Map.of(
                PersonKeyIssued.AGENDA, forAgenda.seal(encoded, id, SealedSecrets.PERSON_KEY),
                PersonKeyIssued.NOTIFICATION, forNotification.seal(encoded, id, SealedSecrets.PERSON_KEY)));
        return new OutboxMessage[] {OutboxMessage.of(Topics.PERSON_KEYS, issued, now),
                OutboxMessage.of(Topics.REGISTRATION, PersonalFields.seal(event, key), now)};
    }

    /** The tombstone that takes the person's key off the topic. */
    @Override
    public OutboxMessage tombstone(String registrationId, Instant now) {
        return OutboxMessage.tombstone(Topics.PERSON_KEYS, registrationId, now);
    }

    /** Deletes the person's key for good. */
    public void forget(String registrationId) {
        mongo.remove(query(where(ID).is(registrationId)), COLLECTION);
    }

    private PersonKey keyOf(String registrationId) {
        for (int attempt = 0; attempt < 2; attempt++) {
            Document stored = mongo.findById(registrationId, Document.class, COLLECTION);
            if (stored != null) {
                return PersonKey.decode(stored.getString(KEY));
            }
            PersonKey fresh = PersonKey.generate();
            try {
                mongo.insert(new Document(ID, registrationId).append(KEY, fresh.encoded()), COLLECTION);
                return fresh;
            } catch (DuplicateKeyException concurrent) {
                // another change of this registration made it first: use theirs
            }
        }
        throw new IllegalStateException("No key for registration " + registrationId);
    }
}
