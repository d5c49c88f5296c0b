package org.nec.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class OrganiserPropertiesTest {

    @Test
    void aServiceRefusesToStartWithAnOrganiserPasswordShorterThanTwelveCharacters() {
        assertThatThrownBy(() -> new OrganiserProperties("organiser", "system-test", List.of()))
                .hasMessage("NEC_ORGANISER_PASSWORD must be at least 12 characters");
        assertThat(new OrganiserProperties("organiser", "system-test-1", List.of()).password())
                .isEqualTo("system-test-1");
    }
}
