package org.nec.registration.gdpr;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * When the edition ends, as agenda-service (which owns the edition) last published it with a release of the
 * programme: the end of its last day in its time zone. {@code release} is that release, so an older one
 * redelivered never moves the date back.
 */
@Document("edition")
record EditionEnd(@Id String id, Instant endsAt, int release) {

    static final String CURRENT = "current";
    static final String ID = "_id";
    static final String ENDS_AT = "endsAt";
    static final String RELEASE = "release";
}
