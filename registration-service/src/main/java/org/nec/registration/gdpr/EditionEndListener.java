package org.nec.registration.gdpr;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.Optional;

import org.nec.events.EventEnvelope;
import org.nec.events.Topics;
import org.nec.events.agenda.SchedulePublished;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Learns the edition's end from agenda-service's releases, so that retention follows the edition's own dates
 * with nothing to configure. Kept only if newer than the release already known (redeliveries change nothing).
 */
@Component
class EditionEndListener {

    private final MongoTemplate mongo;
    private final EditionEndRepository editionEnds;

    EditionEndListener(MongoTemplate mongo, EditionEndRepository editionEnds) {
        this.mongo = mongo;
        this.editionEnds = editionEnds;
    }

    @KafkaListener(id = "registration-edition", topics = Topics.AGENDA, idIsGroup = false)
    void on(EventEnvelope event) {
        if (event.payload() instanceof SchedulePublished published && published.editionEndsAt() != null) {
            record(published.editionEndsAt(), published.version());
        }
    }

    void record(Instant endsAt, int release) {
        try {
            mongo.findAndModify(query(where(EditionEnd.ID).is(EditionEnd.CURRENT).and(EditionEnd.RELEASE).lt(release)),
                    new Update().set(EditionEnd.ENDS_AT, endsAt).set(EditionEnd.RELEASE, release),
                    FindAndModifyOptions.options().upsert(true), EditionEnd.class);
        } catch (DuplicateKeyException newerKnown) {
            // the document exists with this release or a later one: it stays
        }
    }

    Optional<Instant> endsAt() {
        return editionEnds.findById(EditionEnd.CURRENT).map(EditionEnd::endsAt);
    }
}
