package org.nec.notification.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nec.events.seal.SealedSecrets;
import org.nec.testing.TestLinkKeys;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.nec.notification.message.Notification;
import org.nec.notification.message.MessageType;

/** A message keeps the link and the code sealed, and has them opened only to be written. */
class LinkSecretsTest {

    private static final String LINK = "https://nec.example/manage/r1?token=TOKEN-123";

    private final LinkSecrets secrets = new LinkSecrets(privateKey());

    private static String privateKey() {
        try {
            return PropertiesLoaderUtils.loadProperties(new ClassPathResource(TestLinkKeys.RESOURCE))
                    .getProperty("nec.link.private-key");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Notification message(Map<String, Object> model) {
        return Notification.scheduled("REGISTRATION_CONFIRMED:r1", MessageType.REGISTRATION_CONFIRMED, "r1", null,
                "z@example.org", "fr", "subject", model, Instant.now(), Instant.now());
    }

    @Test
    void whatRegistrationSealedIsKeptSealedAndOpenedForTheMailOnly() {
        String sealedLink = TestLinkKeys.sealer().seal(LINK, "r1", SealedSecrets.MANAGE_URL);
        String sealedCode = TestLinkKeys.sealer().seal("NEC1.r1.sig", "r1", SealedSecrets.CHECK_IN_CODE);
        Map<String, Object> model = new HashMap<>(Map.of("firstName", "Zoé",
                LinkSecrets.SEALED_MANAGE_URL, secrets.manageUrl("r1", sealedLink, null),
                LinkSecrets.SEALED_CHECK_IN_CODE, secrets.checkInCode("r1", sealedCode, null)));
        Notification stored = message(model);

        Notification opened = secrets.open(stored);

        assertThat(stored.model()).doesNotContainKeys("manageUrl", "checkInCode").containsEntry(
                LinkSecrets.SEALED_MANAGE_URL, sealedLink);
        assertThat(opened.model()).containsEntry("manageUrl", LINK).containsEntry("checkInCode", "NEC1.r1.sig")
                .containsEntry("firstName", "Zoé").doesNotContainKeys(LinkSecrets.SEALED_MANAGE_URL,
                        LinkSecrets.SEALED_CHECK_IN_CODE);
    }

    @Test
    void aLinkThatCameInClearFromAnOlderProducerIsSealedBeforeItIsStored() {
        String kept = secrets.manageUrl("r1", null, LINK);

        assertThat(kept).startsWith("S1.").doesNotContain("TOKEN-123");
        assertThat(secrets.open(message(Map.of(LinkSecrets.SEALED_MANAGE_URL, kept))).model())
                .containsEntry("manageUrl", LINK);
        assertThat(secrets.checkInCode("r1", null, null)).isNull();
    }

    @Test
    void aLinkSealedForAnotherRegistrationIsNotOpened() {
        String other = TestLinkKeys.sealer().seal(LINK, "r2", SealedSecrets.MANAGE_URL);

        assertThatThrownBy(() -> secrets.open(message(Map.of(LinkSecrets.SEALED_MANAGE_URL, other))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("TOKEN");
    }

    @Test
    void withoutItsKeyTheServiceDoesNotStart() {
        assertThatThrownBy(() -> new LinkSecrets(""))
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("NEC_LINK_PRIVATE_KEY is not set");
    }
}
