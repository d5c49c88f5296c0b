package org.nec.registration.gdpr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class RetentionPropertiesTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** The end of the demo edition's last day (2026-12-04) in Paris, as agenda-service publishes it. */
    private static final Instant PUBLISHED_END = Instant.parse("2026-12-04T23:00:00Z");

    @Test
    void byDefaultThePurgeComesNinetyDaysAfterTheEndTheEditionPublished() {
        var retention = new RetentionProperties(null, Duration.ofDays(90), PARIS, Duration.ofHours(1));

        assertThat(retention.purgeAt(Optional.of(PUBLISHED_END))).contains(Instant.parse("2027-03-04T23:00:00Z"));
        assertThat(retention.isDue(Instant.parse("2027-03-04T22:59:59Z"), Optional.of(PUBLISHED_END))).isFalse();
        assertThat(retention.isDue(Instant.parse("2027-03-04T23:00:00Z"), Optional.of(PUBLISHED_END))).isTrue();
    }

    @Test
    void theSettingOverridesThePublishedEnd() {
        var retention = new RetentionProperties(LocalDate.of(2020, 6, 30), Duration.ofDays(30), PARIS,
                Duration.ofHours(1));

        assertThat(retention.purgeAt(Optional.of(PUBLISHED_END))).contains(Instant.parse("2020-07-30T22:00:00Z"));
    }

    @Test
    void withoutAnyEditionNothingIsEverDue() {
        var retention = new RetentionProperties(null, Duration.ofDays(90), PARIS, Duration.ofHours(1));

        assertThat(retention.isDue(Instant.parse("2099-01-01T00:00:00Z"), Optional.empty())).isFalse();
    }
}
