package org.nec.platform.personkey;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * A consumer of registration events: which of the sealed copies of each person's key is its own ({@code reader},
 * a name of {@link org.nec.events.person.PersonKeyIssued}) and the private key that opens it.
 */
@ConfigurationProperties("nec.person-key")
public record PersonKeyProperties(String reader, String privateKey) {
}
