package org.nec.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.nec.events.EventEnvelope;
import org.nec.events.EventJson;
import org.nec.events.person.PersonKey;
import org.nec.events.person.PersonKeyIssued;

import org.nec.events.seal.SealedSecrets;

/**
 * The fixed key pair of the tests ({@code nec-test-link-keys.properties}, imported by the services' test
 * configuration): tests open what registration-service sealed, or seal what notification-service opens. It also
 * stands for agenda-service's pair, which opens each person's key.
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

    /**
     * The person's key as the latest record of {@link org.nec.events.Topics#PERSON_KEYS} gives it to
     * {@code reader} (the tests' key pair stands for every consumer's); empty when there is none or it is a
     * tombstone (the person was erased).
     */
    public static Optional<PersonKey> personKey(List<ConsumerRecord<String, byte[]>> keyRecords, String registrationId,
                                                String reader) {
        ConsumerRecord<String, byte[]> latest = null;
        for (ConsumerRecord<String, byte[]> record : keyRecords) {
            if (registrationId.equals(record.key())) {
                latest = record;
            }
        }
        if (latest == null || latest.value() == null) {
            return Optional.empty();
        }
        var issued = (PersonKeyIssued) EventJson.fromBytes(latest.value()).payload();
        return Optional.of(PersonKey.decode(opener().open(issued.sealedFor().get(reader), registrationId,
                SealedSecrets.PERSON_KEY)));
    }

    /** The record registration-service puts on the key topic for {@code key}, sealed for every consumer. */
    public static byte[] keyRecord(String registrationId, PersonKey key) {
        String sealed = sealer().seal(key.encoded(), registrationId, SealedSecrets.PERSON_KEY);
        return EventJson.toBytes(EventEnvelope.wrap(new PersonKeyIssued(registrationId,
                java.util.Map.of(PersonKeyIssued.AGENDA, sealed, PersonKeyIssued.NOTIFICATION, sealed)),
                java.time.Instant.now()));
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
