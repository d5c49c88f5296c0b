package org.nec.registration.register;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Optional;

import org.nec.events.DomainEvent;
import org.nec.events.Topics;
import org.nec.events.person.PersonKey;
import org.nec.events.person.PersonKeyIssued;
import org.nec.events.person.PersonalFields;
import org.nec.events.seal.SealedSecrets;
import org.nec.testing.TestLinkKeys;
import org.nec.testing.TopicRecords;

/** Opens, with the tests' private key, what this service sealed for notification-service. */
public final class Sealed {

    private Sealed() {
    }

    public static String manageUrl(String registrationId, String sealed) {
        return TestLinkKeys.opener().open(sealed, registrationId, SealedSecrets.MANAGE_URL);
    }

    public static String checkInCode(String registrationId, String sealed) {
        return TestLinkKeys.opener().open(sealed, registrationId, SealedSecrets.CHECK_IN_CODE);
    }

    /** The event with its personal fields opened as a consumer would: with the person's key from its topic. */
    public static <T extends DomainEvent> T personal(String bootstrapServers, T event) {
        try (var keys = new TopicRecords(bootstrapServers, Topics.PERSON_KEYS)) {
            PersonKey key = await().atMost(Duration.ofSeconds(20)).until(() -> TestLinkKeys.personKey(keys.poll(),
                    event.aggregateId(), PersonKeyIssued.NOTIFICATION), Optional::isPresent).get();
            @SuppressWarnings("unchecked")
            T opened = (T) PersonalFields.open(event, key);
            return opened;
        }
    }
}
