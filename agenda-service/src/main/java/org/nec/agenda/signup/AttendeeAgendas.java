package org.nec.agenda.signup;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import java.util.Map;

import org.nec.agenda.schedule.PublishedSession;
import org.nec.platform.web.Problems;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Each attendee's {@link AttendeeAgenda}: a session is added only under the version the overlap check read, so two
 * sign-ups of one attendee at once cannot both pass it.
 */
@Component
class AttendeeAgendas {

    static final String ID = "_id";
    static final String SESSION_IDS = "sessionIds";
    static final String VERSION = "version";
    private static final int MAX_ATTEMPTS = 20;

    private final MongoTemplate mongo;

    AttendeeAgendas(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The sessions the attendee holds or waits for, in the order they were taken. */
    List<String> of(String registrationId) {
        AttendeeAgenda agenda = mongo.findById(registrationId, AttendeeAgenda.class);
        return agenda == null ? List.of() : agenda.sessionIds();
    }

    /**
     * Adds {@code session} to the attendee's agenda unless they hold another session of {@code programme} at
     * that time ({@link Overlap}).
     */
    void reserve(String registrationId, PublishedSession session, Map<String, PublishedSession> programme) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            AttendeeAgenda agenda = mongo.findById(registrationId, AttendeeAgenda.class);
            List<String> held = agenda == null ? List.of() : agenda.sessionIds();
            for (String other : held) {
                PublishedSession heldSession = programme.get(other);
                if (heldSession != null && !other.equals(session.id()) && overlap(heldSession, session)) {
                    throw new Overlap(heldSession);
                }
            }
            if (held.contains(session.id())) {
                return;
            }
            try {
                if (agenda == null) {
                    mongo.insert(new AttendeeAgenda(registrationId, List.of(session.id()), 1));
                    return;
                }
                if (mongo.updateFirst(query(where(ID).is(registrationId).and(VERSION).is(agenda.version())),
                        new Update().push(SESSION_IDS, session.id()).inc(VERSION, 1), AttendeeAgenda.class)
                        .getModifiedCount() == 1) {
                    return;
                }
            } catch (DuplicateKeyException createdMeanwhile) {
                // another sign-up of this attendee created the agenda first: check again
            }
        }
        throw Problems.conflict("Too many sign-ups at once for this attendee. Please try again.");
    }

    void remove(String registrationId, String sessionId) {
        mongo.updateFirst(query(where(ID).is(registrationId)),
                new Update().pull(SESSION_IDS, sessionId).inc(VERSION, 1), AttendeeAgenda.class);
    }

    private static boolean overlap(PublishedSession a, PublishedSession b) {
        return a.start().isBefore(b.end()) && b.start().isBefore(a.end());
    }
}
