package org.nec.registration.gdpr;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param editionEnds last day of the edition; without it nothing is purged
 * @param keepFor how long after that day personal data is kept before it is erased automatically
 * @param timeZone the edition's time zone, for when its last day ends
 */
@ConfigurationProperties("nec.retention")
public record RetentionProperties(LocalDate editionEnds, @DefaultValue("90d") Duration keepFor,
                                  @DefaultValue("Europe/Paris") ZoneId timeZone,
                                  @DefaultValue("1h") Duration checkEvery) {

    boolean isDue(java.time.Instant now) {
        return editionEnds != null
                && !now.isBefore(editionEnds.plusDays(1).atStartOfDay(timeZone).toInstant().plus(keepFor));
    }
}
