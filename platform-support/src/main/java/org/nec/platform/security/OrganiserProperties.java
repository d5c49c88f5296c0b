package org.nec.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The organiser account that may call {@code /api/admin/**} and open the organiser's {@code pages} (path
 * patterns, behind a login form). The password has no default on purpose.
 */
@ConfigurationProperties("nec.organiser")
public record OrganiserProperties(@DefaultValue("organiser") String username, String password,
                                  @DefaultValue java.util.List<String> pages) {

    public OrganiserProperties {
        if (password == null || password.isBlank()) {
            throw new IllegalStateException("Set the organiser password (NEC_ORGANISER_PASSWORD)");
        }
    }
}
