package org.nec.registration.manage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.nec.registration.manage.ManageLinkHashes.Match;
import org.nec.registration.register.ManageToken;

class ManageLinkHashesTest {

    private static final Instant RESENT = Instant.parse("2026-11-20T10:00:00Z");
    private static final String OLD = ManageToken.generate();
    private static final String NEW = ManageToken.generate();

    private final ManageLinkHashes afterResend = new ManageLinkHashes(ManageToken.hash(OLD), ManageToken.hash(NEW),
            RESENT);

    @Test
    void bothLinksWorkDuringTheDayAfterAResend() {
        Instant later = RESENT.plus(Duration.ofHours(23));

        assertThat(afterResend.match(OLD, later)).isEqualTo(Match.CURRENT);
        assertThat(afterResend.match(NEW, later)).isEqualTo(Match.PENDING);
        assertThat(afterResend.match(ManageToken.generate(), later)).isEqualTo(Match.NONE);
    }

    @Test
    void theOldLinkStopsTwentyFourHoursAfterTheResendAndTheNewOneGoesOn() {
        Instant dayAfter = RESENT.plus(Duration.ofHours(24));

        assertThat(afterResend.match(OLD, dayAfter)).isEqualTo(Match.NONE);
        assertThat(afterResend.match(NEW, dayAfter.plus(Duration.ofDays(30)))).isEqualTo(Match.PENDING);
    }

    @Test
    void withoutAResendTheOneLinkWorksForever() {
        var single = new ManageLinkHashes(ManageToken.hash(OLD), null, null);

        assertThat(single.match(OLD, RESENT.plus(Duration.ofDays(365)))).isEqualTo(Match.CURRENT);
        assertThat(single.match(NEW, RESENT)).isEqualTo(Match.NONE);
        assertThat(single.survivingAfterResend(RESENT)).isEqualTo(ManageToken.hash(OLD));
    }

    @Test
    void aResendAfterTheOldLinkExpiredDoesNotBringItBack() {
        assertThat(afterResend.survivingAfterResend(RESENT.plus(Duration.ofHours(1))))
                .isEqualTo(ManageToken.hash(OLD));
        assertThat(afterResend.survivingAfterResend(RESENT.plus(Duration.ofHours(25))))
                .isEqualTo(ManageToken.hash(NEW));
    }
}
