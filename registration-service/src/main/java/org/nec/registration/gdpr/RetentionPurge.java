package org.nec.registration.gdpr;

import java.time.Clock;

import org.nec.platform.work.PollingWorker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Once the retention period after the edition has passed (its end as agenda-service publishes it, or as set, plus
 * {@code keepFor}), erases every registration, in batches.
 */
@Component
class RetentionPurge extends PollingWorker {

    private static final Logger log = LoggerFactory.getLogger(RetentionPurge.class);
    private static final int BATCH = 200;

    private final Erasures erasures;
    private final RetentionProperties retention;
    private final EditionEndListener edition;
    private final Clock clock;

    RetentionPurge(Erasures erasures, RetentionProperties retention, EditionEndListener edition, Clock clock) {
        super("retention-purge", retention.checkEvery(), retention.checkEvery());
        this.edition = edition;
        this.erasures = erasures;
        this.retention = retention;
        this.clock = clock;
    }

    @Override
    protected boolean runOnce() {
        if (!retention.isDue(clock.instant(), edition.endsAt())) {
            return false;
        }
        int erased = erasures.eraseAll(BATCH);
        if (erased > 0) {
            log.info("Retention period over: erased {} registrations", erased);
        }
        return erased == BATCH;
    }
}
