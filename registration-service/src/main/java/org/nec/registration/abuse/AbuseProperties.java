package org.nec.registration.abuse;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param rateLimitPerMinute public POSTs allowed per client address and minute on one instance; 0 = no limit
 * @param maxBodySize largest request body accepted
 * @param linkResendsPerHour "resend my link" mails per e-mail address, and per client address, an hour on one
 *                           instance; 0 = no limit
 */
@ConfigurationProperties("nec.abuse")
public record AbuseProperties(@DefaultValue("30") int rateLimitPerMinute, @DefaultValue("64KB") DataSize maxBodySize,
                              @DefaultValue("3") int linkResendsPerHour) {
}
