package org.nec.notification.session;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.nec.events.EventEnvelope;
import org.nec.events.agenda.SessionChange;
import org.nec.events.agenda.SessionChanged;
import org.nec.platform.readmodel.ReadModels;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** The copies of the published sessions, each as its latest release left it, idempotent and order-tolerant. */
@Component
public class SessionCopies {

    private static final String TITLE_FR = "titleFr";
    private static final String TITLE_EN = "titleEn";
    private static final String ROOM_NAME = "roomName";
    private static final String START = "start";
    private static final String END = "end";
    private static final String CANCELLED = "cancelled";
    private static final String VERSION = "version";

    private final MongoTemplate mongo;
    private final SessionCopyRepository repository;

    SessionCopies(MongoTemplate mongo, SessionCopyRepository repository) {
        this.mongo = mongo;
        this.repository = repository;
    }

    /** @return whether the change was news (not older than what the copy holds) */
    public boolean apply(EventEnvelope event, SessionChanged changed) {
        return ReadModels.upsertIfNewer(mongo, SessionCopy.class, changed.sessionId(), event, new Update()
                .set(TITLE_FR, changed.titleFr()).set(TITLE_EN, changed.titleEn())
                .set(ROOM_NAME, changed.roomName()).set(START, changed.start()).set(END, changed.end())
                .set(CANCELLED, changed.change() == SessionChange.CANCELLED).set(VERSION, changed.version()));
    }

    public Optional<SessionCopy> find(String sessionId) {
        return repository.findById(sessionId);
    }

    /** The copies of these sessions, by id, read at once. */
    public Map<String, SessionCopy> byId(Collection<String> sessionIds) {
        return sessionIds.isEmpty() ? Map.of() : StreamSupport.stream(repository.findAllById(sessionIds)
                .spliterator(), false).collect(Collectors.toMap(SessionCopy::sessionId, Function.identity()));
    }
}
