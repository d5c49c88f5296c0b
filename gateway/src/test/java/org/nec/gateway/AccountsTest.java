package org.nec.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AccountsTest {

    @Test
    void theFrontDoorRefusesToStartWithAShortOrganiserOrVolunteerPassword() {
        assertThatThrownBy(() -> new Accounts(new Accounts.Account(null, "short-pass"),
                new Accounts.Account(null, null)))
                .hasMessage("NEC_ORGANISER_PASSWORD must be at least 12 characters");
        assertThatThrownBy(() -> new Accounts(new Accounts.Account(null, "long-enough-pass"),
                new Accounts.Account(null, "door")))
                .hasMessage("NEC_CHECKIN_PASSWORD must be at least 12 characters");
        assertThat(new Accounts(new Accounts.Account(null, "long-enough-pass"), new Accounts.Account(null, null))
                .checkIn().enabled()).isFalse();
    }
}
