package org.nec.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

import org.nec.events.seal.SealedSecrets;

/**
 * The fixed key pair of the tests ({@code nec-test-link-keys.properties}, imported by the services' test
 * configuration): tests open what registration-service sealed, or seal what notification-service opens.
 */
public final class TestLinkKeys {

    public static final String RESOURCE = "nec-test-link-keys.properties";
    private static final Properties KEYS = load();

    private TestLinkKeys() {
    }

    public static SealedSecrets.Sealer sealer() {
        return SealedSecrets.sealer(KEYS.getProperty("nec.link.public-key"), "test public key");
    }

    public static SealedSecrets.Opener opener() {
        return SealedSecrets.opener(KEYS.getProperty("nec.link.private-key"), "test private key");
    }

    private static Properties load() {
        try (InputStream in = TestLinkKeys.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            Properties properties = new Properties();
            properties.load(in);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
