package org.nec.events.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;

import org.junit.jupiter.api.Test;

class SealedSecretsTest {

    private static final KeyPair KEYS = SealedSecrets.generate();
    private static final String LINK = "https://nec.example/manage/r-1?token=AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcde";

    private final SealedSecrets.Sealer sealer = SealedSecrets.sealer(SealedSecrets.setting(KEYS.getPublic()),
            "NEC_LINK_PUBLIC_KEY");
    private final SealedSecrets.Opener opener = SealedSecrets.opener(SealedSecrets.setting(KEYS.getPrivate()),
            "NEC_LINK_PRIVATE_KEY");

    @Test
    void onlyThePrivateKeyOpensWhatThePublicKeySealed() {
        String sealed = sealer.seal(LINK, "r-1", SealedSecrets.MANAGE_URL);

        assertThat(sealed).startsWith("S1.").doesNotContain("token", "AbCdEfGh", "nec.example");
        assertThat(opener.open(sealed, "r-1", SealedSecrets.MANAGE_URL)).isEqualTo(LINK);
        assertThat(sealer.seal(LINK, "r-1", SealedSecrets.MANAGE_URL)).as("a fresh nonce each time")
                .isNotEqualTo(sealed);
    }

    @Test
    void aSealedValueCannotBeMovedToAnotherRegistrationOrFieldNorAltered() {
        String sealed = sealer.seal(LINK, "r-1", SealedSecrets.MANAGE_URL);
        String[] parts = sealed.split("\\.");
        char last = parts[3].charAt(parts[3].length() - 2);
        String altered = parts[0] + "." + parts[1] + "." + parts[2] + "."
                + parts[3].substring(0, parts[3].length() - 2) + (last == 'A' ? 'B' : 'A')
                + parts[3].charAt(parts[3].length() - 1);

        assertThatThrownBy(() -> opener.open(sealed, "r-2", SealedSecrets.MANAGE_URL))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> opener.open(sealed, "r-1", SealedSecrets.CHECK_IN_CODE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> opener.open(altered, "r-1", SealedSecrets.MANAGE_URL))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> opener.open("not sealed", "r-1", SealedSecrets.MANAGE_URL))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void valuesForOneRegistrationShareAWrappedKeyThatOpensNothingOfAnother() {
        String link = sealer.seal(LINK, "r-7", SealedSecrets.MANAGE_URL);
        String code = sealer.seal("NEC1.r-7.sig", "r-7", SealedSecrets.CHECK_IN_CODE);
        String other = sealer.seal(LINK, "r-8", SealedSecrets.MANAGE_URL);

        assertThat(link.split("\\.")[1]).as("one RSA-wrapped data key for the values of one registration")
                .isEqualTo(code.split("\\.")[1]).isNotEqualTo(other.split("\\.")[1]);
        assertThat(opener.open(link, "r-7", SealedSecrets.MANAGE_URL)).isEqualTo(LINK);
        assertThat(opener.open(code, "r-7", SealedSecrets.CHECK_IN_CODE)).isEqualTo("NEC1.r-7.sig");
        assertThat(opener.open(other, "r-8", SealedSecrets.MANAGE_URL)).isEqualTo(LINK);
        String[] theirs = other.split("\\.");
        String borrowedKey = "S1." + link.split("\\.")[1] + "." + theirs[2] + "." + theirs[3];
        assertThatThrownBy(() -> opener.open(borrowedKey, "r-8", SealedSecrets.MANAGE_URL))
                .as("another registration's ciphertext under a key already opened").isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anotherKeyPairCannotOpenIt() {
        var stranger = new SealedSecrets.Opener(SealedSecrets.generate().getPrivate());

        assertThatThrownBy(() -> stranger.open(sealer.seal(LINK, "r-1", SealedSecrets.MANAGE_URL), "r-1",
                SealedSecrets.MANAGE_URL)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theReaderCanSealForItselfWhatArrivedInClear() {
        String sealed = opener.sealer().seal("NEC1.r-1.sig", "r-1", SealedSecrets.CHECK_IN_CODE);

        assertThat(opener.open(sealed, "r-1", SealedSecrets.CHECK_IN_CODE)).isEqualTo("NEC1.r-1.sig");
    }

    @Test
    void aMissingOrMalformedKeyIsRefusedWithItsName() {
        assertThatThrownBy(() -> SealedSecrets.sealer("", "NEC_LINK_PUBLIC_KEY"))
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("NEC_LINK_PUBLIC_KEY is not set");
        assertThatThrownBy(() -> SealedSecrets.opener(null, "NEC_LINK_PRIVATE_KEY"))
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("NEC_LINK_PRIVATE_KEY is not set");
        assertThatThrownBy(() -> SealedSecrets.opener("bm90IGEga2V5", "NEC_LINK_PRIVATE_KEY"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not an RSA private key");
    }
}
