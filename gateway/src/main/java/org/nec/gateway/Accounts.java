package org.nec.gateway;

import org.nec.websecurity.PasswordRule;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The people who sign in at the front door: the organiser, and the volunteers of the welcome desk when
 * {@code NEC_CHECKIN_PASSWORD} is set. The services know the same accounts, so the front door can vouch for a
 * signed-in person on each request it forwards. Passwords are at least 12 characters.
 */
@ConfigurationProperties("nec")
record Accounts(Account organiser, @DefaultValue Account checkIn) {

    static final String ORGANISER = "ORGANISER";
    static final String VOLUNTEER = "VOLUNTEER";

    Accounts {
        PasswordRule.requireLongEnough("NEC_ORGANISER_PASSWORD", organiser == null ? null : organiser.password());
        if (checkIn.enabled()) {
            PasswordRule.requireLongEnough("NEC_CHECKIN_PASSWORD", checkIn.password());
        }
        organiser = organiser.named("organiser");
        checkIn = checkIn.named("volunteer");
    }

    record Account(String username, String password) {

        Account named(String defaultName) {
            return username == null || username.isBlank() ? new Account(defaultName, password) : this;
        }

        boolean enabled() {
            return password != null && !password.isBlank();
        }
    }
}
