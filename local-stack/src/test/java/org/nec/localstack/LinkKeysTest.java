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
    void eachServiceGetsItsHalvesOfTheKeyPairsMadeOnceAndKeptUnderTheState() {
        Map<String, String> registration = LinkKeys.forService(state, "registration", Map.of());
        Map<String, String> notification = LinkKeys.forService(state, "notification", Map.of());
        Map<String, String> agenda = LinkKeys.forService(state, "agenda", Map.of());

        assertThat(registration).containsOnlyKeys("NEC_LINK_PUBLIC_KEY", "NEC_AGENDA_PUBLIC_KEY");
        assertThat(notification).containsOnlyKeys("NEC_LINK_PRIVATE_KEY");
        assertThat(agenda).containsOnlyKeys("NEC_AGENDA_PRIVATE_KEY");
        assertThat(registration.get("NEC_LINK_PUBLIC_KEY")).isNotEqualTo(registration.get("NEC_AGENDA_PUBLIC_KEY"));
        assertThat(LinkKeys.forService(state, "gateway", Map.of())).isEmpty();
        assertThat(LinkKeys.forService(state, "registration", Map.of())).isEqualTo(registration);
        assertThat(LinkKeys.forService(state, "notification", Map.of())).isEqualTo(notification);
        assertThat(LinkKeys.forService(state, "agenda", Map.of())).isEqualTo(agenda);
        assertThat(state.resolve("link-key").toFile().canRead()).isTrue();
        assertThat(state.resolve("agenda-key").toFile().canRead()).isTrue();
    }

    @Test
    void aKeySetInTheEnvironmentIsLeftToIt() {
        assertThat(LinkKeys.forService(state, "notification", Map.of("NEC_LINK_PRIVATE_KEY", "mine"))).isEmpty();
    }
}
