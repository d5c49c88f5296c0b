package org.nec.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkKeysTest {

    @TempDir
    Path state;

    @Test
    void eachServiceGetsItsHalfOfOneKeyPairMadeOnceAndKeptUnderTheState() {
        Map<String, String> registration = LinkKeys.forService(state, "registration", Map.of());
        Map<String, String> notification = LinkKeys.forService(state, "notification", Map.of());

        assertThat(registration).containsOnlyKeys("NEC_LINK_PUBLIC_KEY");
        assertThat(notification).containsOnlyKeys("NEC_LINK_PRIVATE_KEY");
        assertThat(LinkKeys.forService(state, "agenda", Map.of())).isEmpty();
        assertThat(LinkKeys.forService(state, "registration", Map.of())).isEqualTo(registration);
        assertThat(LinkKeys.forService(state, "notification", Map.of())).isEqualTo(notification);
        assertThat(state.resolve("link-key").toFile().canRead()).isTrue();
    }

    @Test
    void aKeySetInTheEnvironmentIsLeftToIt() {
        assertThat(LinkKeys.forService(state, "notification", Map.of("NEC_LINK_PRIVATE_KEY", "mine"))).isEmpty();
    }
}
