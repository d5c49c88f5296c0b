package org.nec.registration.register;

import org.nec.events.seal.SealedSecrets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Seals an attendee's manage link and check-in code for notification-service, the only other service that needs
 * them (to write the mails), so that the outbox and the topics hold them as ciphertext only. This service holds
 * the public key alone: it cannot open them again, nor be made to.
 */
@Component
public class SealedLinks {

    static final String KEY_SETTING = "NEC_LINK_PUBLIC_KEY";

    private final SealedSecrets.Sealer sealer;

    SealedLinks(@Value("${nec.link.public-key:}") String publicKey) {
        this.sealer = SealedSecrets.sealer(publicKey, KEY_SETTING);
    }

    public String manageUrl(String registrationId, String manageUrl) {
        return sealer.seal(manageUrl, registrationId, SealedSecrets.MANAGE_URL);
    }

    String checkInCode(String registrationId, String code) {
        return sealer.seal(code, registrationId, SealedSecrets.CHECK_IN_CODE);
    }
}
