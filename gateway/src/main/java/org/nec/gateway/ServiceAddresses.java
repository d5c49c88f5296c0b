package org.nec.gateway;

import java.net.URI;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the three services listen, each as one or more instances ({@code NEC_REGISTRATION_URL=http://a,http://b});
 * the front door only ever forwards to them.
 */
@ConfigurationProperties("nec.services")
record ServiceAddresses(List<URI> registration, List<URI> agenda, List<URI> notification) {
}
