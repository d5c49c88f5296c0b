package org.nec.registration.abuse;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param rateLimitPerMinute public POSTs allowed per client address and minute on one instance; 0 = no limit
 * @param maxBodySize largest request body accepted
 */
@ConfigurationProperties("nec.abuse")
public record AbuseProperties(@DefaultValue("30") int rateLimitPerMinute, @DefaultValue("64KB") DataSize maxBodySize) {
}
