package org.nec.notification.unsubscribe;

import org.nec.notification.message.NotificationProperties;
import org.nec.platform.security.Signatures;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Personal unsubscribe links: {@code /unsubscribe/<registrationId>/<signature>}, so nobody can unsubscribe
 * somebody else by guessing an id. The {@code /api} form is the RFC 8058 one-click target of
 * {@code List-Unsubscribe}.
 */
@Component
public class UnsubscribeLinks {

    private final Signatures signatures;
    private final String publicUrl;

    UnsubscribeLinks(MongoTemplate mongo, NotificationProperties properties) {
        this.signatures = new Signatures(mongo, "unsubscribe-key");
        this.publicUrl = properties.publicUrl().replaceAll("/+$", "");
    }

    /** The page a person opens from the mail. */
    public String page(String registrationId) {
        return publicUrl + path(registrationId);
    }

    /** Where a mail client posts {@code List-Unsubscribe=One-Click}. */
    public String oneClick(String registrationId) {
        return publicUrl + "/api" + path(registrationId);
    }

    boolean isGenuine(String registrationId, String signature) {
        return signatures.isGenuine(registrationId, signature);
    }

    String path(String registrationId) {
        return "/unsubscribe/" + registrationId + "/" + signatures.sign(registrationId);
    }
}
