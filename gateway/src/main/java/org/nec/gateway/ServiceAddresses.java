package org.nec.gateway;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where the three services listen; the front door only ever forwards to them. */
@ConfigurationProperties("nec.services")
record ServiceAddresses(URI registration, URI agenda, URI notification) {
}
