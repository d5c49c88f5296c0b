package org.nec.notification.contact;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

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

    private static final String FIRST_NAME = "firstName";
    private static final String EMAIL = "email";
    private static final String LANGUAGE = "language";
    private static final String STATUS = "status";
    private static final String REMINDERS_OFF = "remindersOff";
    private static final String ID = "_id";

    private final MongoTemplate mongo;
    private final ContactRepository repository;

    Contacts(MongoTemplate mongo, ContactRepository repository) {
        this.mongo = mongo;
        this.repository = repository;
    }

    public Optional<Contact> find(String registrationId) {
        return repository.findById(registrationId);
    }

    public void apply(EventEnvelope envelope) {
        Update update = toUpdate(envelope.payload());
        if (update != null) {
            ReadModels.upsertIfNewer(mongo, Contact.class, envelope.aggregateId(), envelope, update);
        }
    }

    /** The contacts of these registrations, by registration id, read at once. */
    public Map<String, Contact> byId(Collection<String> registrationIds) {
        return registrationIds.isEmpty() ? Map.of() : StreamSupport.stream(repository.findAllById(registrationIds)
                .spliterator(), false).collect(Collectors.toMap(Contact::registrationId, Function.identity()));
    }

    public List<Contact> confirmed() {
        return repository.findByStatus(Contact.CONFIRMED);
    }

    /** No more optional reminders for this person; kept through later registration events. */
    public void unsubscribeFromReminders(String registrationId) {
        mongo.updateFirst(query(where(ID).is(registrationId)), new Update().set(REMINDERS_OFF, true), Contact.class);
    }

    /** Forgets the person: nothing of them stays here. */
    public void erase(String registrationId) {
        repository.deleteById(registrationId);
    }

    private static Update toUpdate(Object event) {
        if (event instanceof RegistrationConfirmed e) {
            return contact(e.firstName(), e.email(), e.language(), Contact.CONFIRMED);
        }
        if (event instanceof RegistrationWaitlisted e) {
            return contact(e.firstName(), e.email(), e.language(), Contact.WAITLISTED);
        }
        if (event instanceof RegistrationPromoted e) {
            return contact(e.firstName(), e.email(), e.language(), Contact.CONFIRMED);
        }
        if (event instanceof RegistrationUpdated e) {
            return details(e.firstName(), e.email(), e.language());
        }
        if (event instanceof RegistrationCancelled e) {
            return contact(e.firstName(), e.email(), e.language(), Contact.CANCELLED);
        }
        if (event instanceof ManageLinkReissued e) {
            return details(e.firstName(), e.email(), e.language());
        }
        return null;
    }

    private static Update contact(String firstName, String email, String language, String status) {
        return details(firstName, email, language).set(STATUS, status);
    }

    private static Update details(String firstName, String email, String language) {
        return new Update().set(FIRST_NAME, firstName).set(EMAIL, email).set(LANGUAGE, language);
    }
}
