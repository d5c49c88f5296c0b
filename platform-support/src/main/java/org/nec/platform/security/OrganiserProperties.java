package org.nec.platform.security;

import org.nec.websecurity.PasswordRule;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The organiser account that may call {@code /api/admin/**} and open the organiser's {@code pages} (path
 * patterns, behind a login form). The password has no default on purpose, and is at least 12 characters.
 */
@ConfigurationProperties("nec.organiser")
public record OrganiserProperties(@DefaultValue("organiser") String username, String password,
                                  @DefaultValue java.util.List<String> pages) {

    public OrganiserProperties {
        PasswordRule.requireLongEnough("NEC_ORGANISER_PASSWORD", password);
    }
}
