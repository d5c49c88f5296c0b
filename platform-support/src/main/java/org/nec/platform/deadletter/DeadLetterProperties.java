package org.nec.platform.deadletter;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code nec.service}: the service's short name (registration, agenda, notification), in its console paths. */
@ConfigurationProperties("nec")
record DeadLetterProperties(String service) {
}
