package org.nec.websecurity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordRuleTest {

    @Test
    void aPasswordShorterThanTwelveCharactersIsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> PasswordRule.requireLongEnough("NEC_ORGANISER_PASSWORD", "eleven-char"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("NEC_ORGANISER_PASSWORD must be at least 12 characters");
    }

    @Test
    void twelveCharactersAreEnoughCountedAsCharactersNotBytes() {
        assertThat(PasswordRule.requireLongEnough("NEC_CHECKIN_PASSWORD", "twelve-chars")).isEqualTo("twelve-chars");
        assertThatThrownBy(() -> PasswordRule.requireLongEnough("NEC_CHECKIN_PASSWORD", "ééééééééééé"))
                .hasMessage("NEC_CHECKIN_PASSWORD must be at least 12 characters");
    }

    @Test
    void aMissingPasswordIsRefusedToo() {
        assertThatThrownBy(() -> PasswordRule.requireLongEnough("NEC_ORGANISER_PASSWORD", " "))
                .hasMessage("Set NEC_ORGANISER_PASSWORD");
    }
}
