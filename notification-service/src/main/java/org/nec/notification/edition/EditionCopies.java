package org.nec.notification.edition;

import java.time.ZoneId;
import java.util.Optional;

import org.nec.events.EditionZone;
import org.nec.events.EventEnvelope;
import org.nec.events.agenda.SchedulePublished;
import org.nec.platform.readmodel.ReadModels;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** The copy of the edition as the latest release published it, idempotent and order-tolerant. */
@Component
public class EditionCopies {

    private static final String NAME = "name";
    private static final String TIME_ZONE = "timeZone";
    private static final String STARTS_AT = "startsAt";
    private static final String ENDS_AT = "endsAt";
    private static final String VENUE = "venue";

    private final MongoTemplate mongo;
    private final EditionCopyRepository repository;

    EditionCopies(MongoTemplate mongo, EditionCopyRepository repository) {
        this.mongo = mongo;
        this.repository = repository;
    }

    /** @return whether the release was news (an older release delivered again changes nothing) */
    public boolean apply(EventEnvelope event, SchedulePublished published) {
        return ReadModels.upsertIfNewer(mongo, EditionCopy.class, EditionCopy.CURRENT, event,
                new Update().set(NAME, published.editionName()).set(TIME_ZONE, published.timeZone())
                        .set(STARTS_AT, published.editionStartsAt()).set(ENDS_AT, published.editionEndsAt())
                        .set(VENUE, published.venue()));
    }

    public Optional<EditionCopy> current() {
        return repository.findById(EditionCopy.CURRENT);
    }

    /** The time zone times are told in: the edition's, or the default one before any release. */
    public ZoneId zone() {
        return current().map(EditionCopy::zone).orElse(EditionZone.DEFAULT);
    }
}
