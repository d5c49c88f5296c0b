package org.nec.platform.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class CachedReadingTest {

    private Instant now = Instant.parse("2026-12-03T09:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void scrapesWithinThePeriodShareOneReading() {
        AtomicInteger reads = new AtomicInteger();
        var reading = new CachedReading<>(reads::incrementAndGet, 0, Duration.ofSeconds(15), clock);

        assertThat(reading.get()).isEqualTo(1);
        now = now.plusSeconds(14);
        assertThat(reading.get()).isEqualTo(1);
        now = now.plusSeconds(1);
        assertThat(reading.get()).isEqualTo(2);
        assertThat(reads).hasValue(2);
    }

    @Test
    void aFailedReadingKeepsTheLastValue() {
        AtomicInteger reads = new AtomicInteger();
        var reading = new CachedReading<>(() -> {
            if (reads.incrementAndGet() > 1) {
                throw new IllegalStateException("store away");
            }
            return 42;
        }, 0, Duration.ofSeconds(15), clock);

        assertThat(reading.get()).isEqualTo(42);
        now = now.plusSeconds(20);
        assertThat(reading.get()).isEqualTo(42);
        assertThat(reads).hasValue(2);
    }
}
