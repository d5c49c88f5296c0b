package org.nec.events.person;

import org.nec.events.DomainEvent;
import org.nec.events.EventTypes;
import org.nec.events.registration.ManageLinkReissued;
import org.nec.events.registration.RegistrationCancelled;
import org.nec.events.registration.RegistrationConfirmed;
import org.nec.events.registration.RegistrationPromoted;
import org.nec.events.registration.RegistrationUpdated;
import org.nec.events.registration.RegistrationWaitlisted;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The personal fields of registration events (names, address, organisation) moved into one encrypted field,
 * {@code personal}, and back. Ids, status, ticket type and language stay in clear. The ciphertext is bound to the
 * registration id and the event type. Other events pass through unchanged.
 */
public final class PersonalFields {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    record Person(String firstName, String lastName, String email, String organisation) {
    }

    private PersonalFields() {
    }

    /** Whether {@code event} carries encrypted personal fields. */
    public static boolean sealed(DomainEvent event) {
        return personal(event) != null;
    }

    /** The event with its personal fields encrypted with {@code key}. */
    public static DomainEvent seal(DomainEvent event, PersonKey key) {
        String id = event.aggregateId();
        if (event instanceof RegistrationConfirmed e) {
            return new RegistrationConfirmed(id, null, null, null, null, e.ticketType(),
                    e.language(), e.manageUrl(), e.manageTokenHash(), e.checkInCode(), e.sealedManageUrl(),
                    e.sealedCheckInCode(), encrypt(event, key, e.firstName(), e.lastName(), e.email(),
                    e.organisation()));
        }
        if (event instanceof RegistrationWaitlisted e) {
            return new RegistrationWaitlisted(id, null, null, null, null, e.ticketType(),
                    e.language(), e.manageUrl(), e.manageTokenHash(), e.position(), e.sealedManageUrl(),
                    encrypt(event, key, e.firstName(), e.lastName(), e.email(), e.organisation()));
        }
        if (event instanceof RegistrationPromoted e) {
            return new RegistrationPromoted(id, null, null, e.ticketType(), e.language(),
                    e.checkInCode(), e.sealedCheckInCode(), encrypt(event, key, e.firstName(), null, e.email(), null));
        }
        if (event instanceof RegistrationUpdated e) {
            return new RegistrationUpdated(id, null, null, null, null, e.language(),
                    encrypt(event, key, e.firstName(), e.lastName(), e.email(), e.organisation()));
        }
        if (event instanceof RegistrationCancelled e) {
            return new RegistrationCancelled(id, null, null, e.ticketType(), e.language(),
                    encrypt(event, key, e.firstName(), null, e.email(), null));
        }
        if (event instanceof ManageLinkReissued e) {
            return new ManageLinkReissued(id, null, null, e.language(), e.manageUrl(),
                    e.manageTokenHash(), e.previousManageTokenHash(), e.previousValidUntil(), e.sealedManageUrl(),
                    encrypt(event, key, e.firstName(), null, e.email(), null));
        }
        return event;
    }

    /**
     * The event with its personal fields in clear again; {@link IllegalArgumentException} if {@code key} is not
     * the one they were encrypted with or they were altered. An event not {@link #sealed} is returned as it is.
     */
    public static DomainEvent open(DomainEvent event, PersonKey key) {
        String personal = personal(event);
        if (personal == null) {
            return event;
        }
        Person p = read(key.decrypt(personal, associated(event)));
        String id = event.aggregateId();
        if (event instanceof RegistrationConfirmed e) {
            return new RegistrationConfirmed(id, p.firstName(), p.lastName(), p.email(),
                    p.organisation(), e.ticketType(), e.language(), e.manageUrl(), e.manageTokenHash(),
                    e.checkInCode(), e.sealedManageUrl(), e.sealedCheckInCode(), null);
        }
        if (event instanceof RegistrationWaitlisted e) {
            return new RegistrationWaitlisted(id, p.firstName(), p.lastName(), p.email(),
                    p.organisation(), e.ticketType(), e.language(), e.manageUrl(), e.manageTokenHash(),
                    e.position(), e.sealedManageUrl(), null);
        }
        if (event instanceof RegistrationPromoted e) {
            return new RegistrationPromoted(id, p.firstName(), p.email(), e.ticketType(),
                    e.language(), e.checkInCode(), e.sealedCheckInCode(), null);
        }
        if (event instanceof RegistrationUpdated e) {
            return new RegistrationUpdated(id, p.firstName(), p.lastName(), p.email(),
                    p.organisation(), e.language(), null);
        }
        if (event instanceof RegistrationCancelled e) {
            return new RegistrationCancelled(id, p.firstName(), p.email(), e.ticketType(),
                    e.language(), null);
        }
        if (event instanceof ManageLinkReissued e) {
            return new ManageLinkReissued(id, p.firstName(), p.email(), e.language(),
                    e.manageUrl(), e.manageTokenHash(), e.previousManageTokenHash(), e.previousValidUntil(),
                    e.sealedManageUrl(), null);
        }
        return event;
    }

    private static String personal(DomainEvent event) {
        if (event instanceof RegistrationConfirmed e) {
            return e.personal();
        }
        if (event instanceof RegistrationWaitlisted e) {
            return e.personal();
        }
        if (event instanceof RegistrationPromoted e) {
            return e.personal();
        }
        if (event instanceof RegistrationUpdated e) {
            return e.personal();
        }
        if (event instanceof RegistrationCancelled e) {
            return e.personal();
        }
        if (event instanceof ManageLinkReissued e) {
            return e.personal();
        }
        return null;
    }

    private static String encrypt(DomainEvent event, PersonKey key, String firstName, String lastName,
                                  String email, String organisation) {
        try {
            return key.encrypt(JSON.writeValueAsString(new Person(firstName, lastName, email, organisation)),
                    associated(event));
        } catch (JacksonException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Person read(String json) {
        try {
            return JSON.readValue(json, Person.class);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("Personal data is not readable", e);
        }
    }

    private static String associated(DomainEvent event) {
        return event.aggregateId() + "\n" + EventTypes.of(event.getClass()).name();
    }
}
