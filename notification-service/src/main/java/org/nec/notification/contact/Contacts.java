package org.nec.notification.contact;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import java.util.Optional;

import org.nec.events.EventEnvelope;
import org.nec.events.registration.ManageLinkReissued;
import org.nec.events.registration.RegistrationCancelled;
import org.nec.events.registration.RegistrationConfirmed;
import org.nec.events.registration.RegistrationPromoted;
import org.nec.events.registration.RegistrationUpdated;
import org.nec.events.registration.RegistrationWaitlisted;
import org.nec.platform.readmodel.ReadModels;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/** Keeps contacts in step with registration events, idempotent and order-tolerant. */
@Service
public class Contacts {

    private final MongoTemplate mongo;

    Contacts(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<Contact> find(String registrationId) {
        return Optional.ofNullable(mongo.findById(registrationId, Contact.class));
    }

    public void apply(EventEnvelope envelope) {
        Update update = toUpdate(envelope.payload());
        if (update != null) {
            ReadModels.upsertIfNewer(mongo, Contact.class, envelope.aggregateId(), envelope, update);
        }
    }

    public List<Contact> confirmed() {
        return mongo.find(query(where("status").is("CONFIRMED")), Contact.class);
    }

    /** No more optional reminders for this person; kept through later registration events. */
    public void unsubscribeFromReminders(String registrationId) {
        mongo.updateFirst(query(where("_id").is(registrationId)),
                new Update().set("remindersOff", true), Contact.class);
    }

    /** Forgets the person: nothing of them stays here. */
    public void erase(String registrationId) {
        mongo.remove(query(where("_id").is(registrationId)), Contact.class);
    }

    private static Update toUpdate(Object event) {
        if (event instanceof RegistrationConfirmed e) {
            return contact(e.firstName(), e.email(), e.language(), "CONFIRMED");
        }
        if (event instanceof RegistrationWaitlisted e) {
            return contact(e.firstName(), e.email(), e.language(), "WAITLISTED");
        }
        if (event instanceof RegistrationPromoted e) {
            return contact(e.firstName(), e.email(), e.language(), "CONFIRMED");
        }
        if (event instanceof RegistrationUpdated e) {
            return new Update().set("firstName", e.firstName()).set("email", e.email()).set("language", e.language());
        }
        if (event instanceof RegistrationCancelled e) {
            return contact(e.firstName(), e.email(), e.language(), "CANCELLED");
        }
        if (event instanceof ManageLinkReissued e) {
            return new Update().set("firstName", e.firstName()).set("email", e.email()).set("language", e.language());
        }
        return null;
    }

    private static Update contact(String firstName, String email, String language, String status) {
        return new Update().set("firstName", firstName).set("email", email).set("language", language)
                .set("status", status);
    }
}
