package org.nec.platform.metrics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A figure read from the store at most once per period. The embedded store has no secondary indexes, so a gauge
 * that counted on every scrape would scan a whole collection each time; this one scans once per period and
 * answers from memory in between. A failed reading keeps the last value.
 */
public final class CachedReading<T> {

    /** How stale a figure may be: a few scrapes at the usual 15 s interval share one reading. */
    public static final Duration PERIOD = Duration.ofSeconds(15);

    private static final Logger log = LoggerFactory.getLogger(CachedReading.class);

    private final Supplier<T> reading;
    private final Duration period;
    private final Clock clock;
    private T value;
    private Instant readAt;

    public CachedReading(Supplier<T> reading, T initial, Duration period, Clock clock) {
        this.reading = reading;
        this.value = initial;
        this.period = period;
        this.clock = clock;
    }

    public synchronized T get() {
        Instant now = clock.instant();
        if (readAt == null || !now.isBefore(readAt.plus(period))) {
            readAt = now;
            try {
                value = reading.get();
            } catch (RuntimeException e) {
                log.debug("Cannot read a metric, keeping its last value: {}", e.getMessage());
            }
        }
        return value;
    }
}
