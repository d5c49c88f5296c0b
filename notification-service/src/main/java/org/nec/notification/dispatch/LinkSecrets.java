package org.nec.notification.dispatch;

import java.util.HashMap;
import java.util.Map;

import org.nec.events.seal.SealedSecrets;
import org.nec.notification.message.Notification;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * An attendee's manage link and check-in code, which registration-service seals for this service alone. A message
 * keeps them sealed for as long as it waits (or stays FAILED, for a retry); they are opened in memory only, while
 * the mail is written. A value that came in clear, from an event of an earlier build, is sealed before it is
 * stored.
 */
@Component
public class LinkSecrets {

    static final String KEY_SETTING = "NEC_LINK_PRIVATE_KEY";
    public static final String SEALED_MANAGE_URL = "sealedManageUrl";
    public static final String SEALED_CHECK_IN_CODE = "sealedCheckInCode";

    private final SealedSecrets.Opener opener;
    private final SealedSecrets.Sealer sealer;

    LinkSecrets(@Value("${nec.link.private-key:}") String privateKey) {
        this.opener = SealedSecrets.opener(privateKey, KEY_SETTING);
        this.sealer = opener.sealer();
    }

    /** The manage link as a message keeps it: sealed, whichever way it came. */
    public String manageUrl(String registrationId, String sealed, String clear) {
        return sealed != null ? sealed : sealer.seal(clear, registrationId, SealedSecrets.MANAGE_URL);
    }

    /** The check-in code as a message keeps it: sealed, whichever way it came. */
    public String checkInCode(String registrationId, String sealed, String clear) {
        return sealed != null ? sealed : sealer.seal(clear, registrationId, SealedSecrets.CHECK_IN_CODE);
    }

    /** The message with its link and code opened, to write the mail; the stored message is left as it is. */
    Notification open(Notification notification) {
        Map<String, Object> model = notification.model();
        if (model == null || !model.containsKey(SEALED_MANAGE_URL) && !model.containsKey(SEALED_CHECK_IN_CODE)) {
            return notification;
        }
        Map<String, Object> opened = new HashMap<>(model);
        open(opened, SEALED_MANAGE_URL, ProgrammeLinks.MANAGE_URL, notification.registrationId());
        open(opened, SEALED_CHECK_IN_CODE, SealedSecrets.CHECK_IN_CODE, notification.registrationId());
        return notification.withModel(opened);
    }

    private void open(Map<String, Object> model, String sealedKey, String field, String registrationId) {
        if (model.remove(sealedKey) instanceof String sealed) {
            model.put(field, opener.open(sealed, registrationId, field));
        }
    }
}
