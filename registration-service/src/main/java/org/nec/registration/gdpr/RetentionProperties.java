package org.nec.registration.gdpr;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import org.nec.events.EditionZone;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param editionEnds last day of the edition, when set ({@code NEC_RETENTION_EDITION_ENDS}): it overrides the end
 *                    agenda-service publishes with the programme
 * @param keepFor how long after the edition's end personal data is kept before it is erased automatically
 * @param timeZone the edition's time zone, for when {@code editionEnds} ends
 */
@ConfigurationProperties("nec.retention")
public record RetentionProperties(LocalDate editionEnds, @DefaultValue("90d") Duration keepFor,
                                  @DefaultValue(EditionZone.DEFAULT_ID) ZoneId timeZone,
                                  @DefaultValue("1h") Duration checkEvery) {

    /** When the purge is due: the edition's end (the setting, else as published) plus {@code keepFor}. */
    Optional<Instant> purgeAt(Optional<Instant> publishedEnd) {
        Optional<Instant> end = editionEnds != null
                ? Optional.of(editionEnds.plusDays(1).atStartOfDay(timeZone).toInstant()) : publishedEnd;
        return end.map(e -> e.plus(keepFor));
    }

    boolean isDue(Instant now, Optional<Instant> publishedEnd) {
        return purgeAt(publishedEnd).filter(at -> !now.isBefore(at)).isPresent();
    }
}
