package org.nec.notification.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nec.notification.contact.Contact;
import org.nec.notification.message.Notification;
import org.nec.notification.message.MessageType;
import org.nec.notification.message.NotificationProperties;

/** Which mails get the "my programme" link, and that it carries the manage link's token as it stands. */
class ProgrammeLinksTest {

    private final ProgrammeLinks links = new ProgrammeLinks(new NotificationProperties("from@x", Duration.ofMinutes(2),
            8, Duration.ofSeconds(5), 500, 4, Duration.ofSeconds(1), Duration.ofMinutes(1), "https://nec.example/"));

    private static Notification message(MessageType type, String language, String manageUrl) {
        Map<String, Object> model = new HashMap<>();
        model.put("firstName", "Zoé");
        if (manageUrl != null) {
            model.put("manageUrl", manageUrl);
        }
        return Notification.scheduled(type + ":r1", type, "r1", null, "z@example.org", language, "subject", model,
                Instant.now(), Instant.now());
    }

    private static Contact contact(String status) {
        return new Contact("r1", "Zoé", "z@example.org", "fr", status, null, Instant.now(), "e1");
    }

    @Test
    void theConfirmationLinksToMyProgrammeWithTheManageLinksToken() {
        var model = links.of(message(MessageType.REGISTRATION_CONFIRMED, "fr",
                "https://nec.example/manage/r1?token=a%2Bb_c-9"), null);

        assertThat(model).containsExactly(Map.entry("programmeUrl",
                "https://nec.example/my-programme/r1?token=a%2Bb_c-9"));
    }

    @Test
    void aNewManageLinkGetsMyProgrammeOnlyWhileTheRegistrationIsActive() {
        Notification reissued = message(MessageType.MANAGE_LINK, "en", "https://nec.example/manage/r1?token=t2");

        assertThat(links.of(reissued, contact("CONFIRMED"))).containsEntry("programmeUrl",
                "https://nec.example/my-programme/r1?token=t2&lang=en");
        assertThat(links.of(reissued, contact("WAITLISTED"))).containsEntry("programmeUrl",
                "https://nec.example/my-programme/r1?token=t2&lang=en");
        assertThat(links.of(reissued, contact("CANCELLED"))).isEmpty();
        assertThat(links.of(reissued, null)).isEmpty();
    }

    @Test
    void thePromotionWithoutTokenPointsToWhereTheLinkIsAskedAgain() {
        assertThat(links.of(message(MessageType.REGISTRATION_PROMOTED, "en", null), contact("CONFIRMED")))
                .containsExactly(Map.entry("manageLinkPageUrl", "https://nec.example/manage-link?lang=en"));
    }

    @Test
    void theWaitlistedMailLeadsToTheProgrammeAndOtherMailsHaveNoProgrammeLink() {
        assertThat(links.of(message(MessageType.REGISTRATION_WAITLISTED, "fr",
                "https://nec.example/manage/r1?token=t"), contact("WAITLISTED"))).containsExactly(
                Map.entry("programmeUrl", "https://nec.example/my-programme/r1?token=t"));
        assertThat(links.of(message(MessageType.SEAT_CONFIRMED, "fr", null), contact("CONFIRMED"))).isEmpty();
    }

    @Test
    void aManageLinkWithoutTokenGivesNoProgrammeLink() {
        assertThat(links.link("r1", "https://nec.example/manage/r1")).isEmpty();
        assertThat(links.link("r1", "not a url at all ::")).isEmpty();
    }
}
