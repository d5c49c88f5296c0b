package org.nec.notification.dispatch;

import java.util.Map;
import java.util.Optional;

import org.nec.events.Language;
import org.nec.notification.contact.Contact;
import org.nec.notification.message.Notification;
import org.nec.notification.message.NotificationProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The attendee's "my programme" link (choose sessions, take a seat) in the mails that carry their manage link:
 * {@code <front door>/my-programme/<registrationId>?token=<token>}, the token being the one of the manage link.
 * Worked out when the mail is written, so the token is kept nowhere else. For a registration still active: on
 * the waiting list the page shows the programme without sign-up until the registration is confirmed.
 */
@Component
class ProgrammeLinks {

    static final String MANAGE_URL = "manageUrl";
    static final String PROGRAMME_URL = "programmeUrl";
    /** Where a promoted attendee, whose mail carries no token, asks for their personal link again. */
    static final String MANAGE_LINK_PAGE_URL = "manageLinkPageUrl";

    private final String publicUrl;

    ProgrammeLinks(NotificationProperties properties) {
        this.publicUrl = properties.publicUrl().replaceAll("/+$", "");
    }

    /** The links this message gets, to add to its model. */
    Map<String, Object> of(Notification notification, Contact contact) {
        if (!carriesProgramme(notification, contact)) {
            return Map.of();
        }
        Object manageUrl = notification.model() == null ? null : notification.model().get(MANAGE_URL);
        Optional<String> programme = manageUrl instanceof String url ? link(notification.registrationId(), url)
                .map(link -> Language.of(notification.language()).pick(link, link + "&lang=en")) : Optional.empty();
        return programme.<Map<String, Object>>map(url -> Map.of(PROGRAMME_URL, url))
                .orElseGet(() -> Map.of(MANAGE_LINK_PAGE_URL, publicUrl + "/manage-link?lang="
                        + notification.language()));
    }

    /** {@code <front door>/my-programme/<registrationId>?token=<the manage link's token>}, if it has one. */
    Optional<String> link(String registrationId, String manageUrl) {
        String token;
        try {
            // the token as it stands in the manage link, still encoded: it goes into a query again
            token = UriComponentsBuilder.fromUriString(manageUrl).build().getQueryParams().getFirst("token");
        } catch (IllegalArgumentException notAUrl) {
            return Optional.empty();
        }
        if (token == null || token.isBlank() || registrationId == null) {
            return Optional.empty();
        }
        return Optional.of(publicUrl + "/my-programme/" + registrationId + "?token=" + token);
    }

    private static boolean carriesProgramme(Notification notification, Contact contact) {
        return switch (notification.type()) {
            // on the waiting list the programme is read-only, until the registration is confirmed
            case REGISTRATION_CONFIRMED, REGISTRATION_PROMOTED, REGISTRATION_WAITLISTED -> true;
            // a new link is also sent after a cancellation, when there is no programme of one's own
            case MANAGE_LINK -> contact != null && (contact.confirmed() || contact.waitlisted());
            default -> false;
        };
    }
}
