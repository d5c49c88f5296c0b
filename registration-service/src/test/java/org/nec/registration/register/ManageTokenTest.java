package org.nec.registration.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ManageTokenTest {

    @Test
    void tokensCarryAtLeast128RandomBitsAndAreUrlSafe() {
        String token = ManageToken.generate();

        assertThat(Base64.getUrlDecoder().decode(token)).hasSizeGreaterThanOrEqualTo(16);
        assertThat(token).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void tokensDoNotRepeat() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            tokens.add(ManageToken.generate());
        }

        assertThat(tokens).hasSize(1_000);
    }

    @Test
    void onlyTheHashIsNeededToCheckAToken() {
        String token = ManageToken.generate();
        String stored = ManageToken.hash(token);

        assertThat(stored).doesNotContain(token).hasSize(64);
        assertThat(ManageToken.matches(token, stored)).isTrue();
        assertThat(ManageToken.matches(token + "x", stored)).isFalse();
        assertThat(ManageToken.matches(null, stored)).isFalse();
        assertThat(ManageToken.matches(token, null)).isFalse();
    }
}
