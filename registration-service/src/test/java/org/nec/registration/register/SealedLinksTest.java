package org.nec.registration.register;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SealedLinksTest {

    @Test
    void withoutItsKeyTheServiceDoesNotStart() {
        assertThatThrownBy(() -> new SealedLinks(" "))
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("NEC_LINK_PUBLIC_KEY is not set");
    }
}
