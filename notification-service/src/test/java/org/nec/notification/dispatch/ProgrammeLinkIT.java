package org.nec.notification.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.nec.notification.Mailboxes.mailsTo;
import static org.nec.notification.Mailboxes.text;

import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nec.events.Topics;
import org.nec.events.registration.ManageLinkReissued;
import org.nec.events.registration.RegistrationConfirmed;
import org.nec.events.registration.RegistrationPromoted;
import org.nec.events.registration.RegistrationWaitlisted;
import org.nec.notification.Events;
import org.nec.testing.EmbeddedInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.KafkaTemplate;
import org.nec.notification.message.NotificationProperties;

/** The mails that carry the manage link also carry the attendee's "my programme" link, with the same token. */
@SpringBootTest
@EmbeddedInfrastructure
class ProgrammeLinkIT {

    @Autowired
    KafkaTemplate<String, Object> kafka;

    @Autowired
    NotificationProperties properties;

    private static String manageUrl(String id, String token) {
        return "http://127.0.0.1:8080/manage/" + id + "?token=" + token;
    }

    private static RegistrationConfirmed confirmed(String language) {
        String id = UUID.randomUUID().toString();
        return new RegistrationConfirmed(id, "Aïcha", "Martin", "programme-" + id + "@example.org", "Coop", "MEMBER",
                language, manageUrl(id, "Tk_" + id.replace("-", "")), "hash", "NEC1." + id + ".sig");
    }

    /** The token of the first link to {@code path} of this registration in {@code body}. */
    private static String token(String body, String path, String registrationId) {
        Matcher link = Pattern.compile(Pattern.quote(path + registrationId + "?token=") + "([A-Za-z0-9_%.~-]+)")
                .matcher(body);
        assertThat(link.find()).as(path + " link in the mail").isTrue();
        return link.group(1);
    }

    private static String html(Part part) throws Exception {
        if (part.isMimeType("text/html")) {
            return (String) part.getContent();
        }
        StringBuilder all = new StringBuilder();
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                all.append(html(multipart.getBodyPart(i)));
            }
        }
        return all.toString();
    }

    private MimeMessage onlyMailTo(String email) {
        await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(email).size() == 1);
        return mailsTo(email).get(0);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"fr", "en"})
    void theConfirmationCarriesMyProgrammeWithTheTokenOfTheManageLink(String language) throws Exception {
        RegistrationConfirmed event = confirmed(language);

        Events.publish(kafka, Topics.REGISTRATION, event);

        MimeMessage mail = onlyMailTo(event.email());
        String programme = properties.publicUrl() + "/my-programme/";
        for (String body : new String[] {text(mail), html(mail)}) {
            assertThat(token(body, programme, event.registrationId()))
                    .isEqualTo(token(body, "/manage/", event.registrationId()))
                    .isEqualTo("Tk_" + event.registrationId().replace("-", ""));
        }
        assertThat(text(mail)).contains(language.equals("fr") ? "ouvrez votre programme" : "open your programme");
        assertThat(html(mail)).contains(language.equals("fr") ? "Mon programme" : "My programme");
    }

    @Test
    void aNewManageLinkCarriesMyProgrammeWithItsNewToken() throws Exception {
        RegistrationConfirmed attendee = confirmed("en");
        Events.publish(kafka, Topics.REGISTRATION, attendee);
        onlyMailTo(attendee.email());

        Events.publish(kafka, Topics.REGISTRATION, new ManageLinkReissued(attendee.registrationId(),
                attendee.firstName(), attendee.email(), "en", manageUrl(attendee.registrationId(), "new-token"), "h2"));

        await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(attendee.email()).size() == 2);
        MimeMessage mail = mailsTo(attendee.email()).get(1);
        assertThat(token(text(mail), properties.publicUrl() + "/my-programme/", attendee.registrationId()))
                .isEqualTo("new-token");
        assertThat(token(html(mail), properties.publicUrl() + "/my-programme/", attendee.registrationId()))
                .isEqualTo("new-token");
    }

    @Test
    void theWaitlistedMailLeadsToTheProgrammeAndThePromotionSaysWhereToFindIt() throws Exception {
        RegistrationConfirmed c = confirmed("fr");
        Events.publish(kafka, Topics.REGISTRATION, new RegistrationWaitlisted(c.registrationId(), c.firstName(),
                c.lastName(), c.email(), c.organisation(), c.ticketType(), "fr", c.manageUrl(), "hash", 2));
        MimeMessage waitlisted = onlyMailTo(c.email());

        Events.publish(kafka, Topics.REGISTRATION, new RegistrationPromoted(c.registrationId(), c.firstName(),
                c.email(), c.ticketType(), "fr", c.checkInCode()));

        assertThat(text(waitlisted)).contains(c.manageUrl());
        assertThat(token(text(waitlisted), properties.publicUrl() + "/my-programme/", c.registrationId()))
                .isEqualTo(c.manageUrl().substring(c.manageUrl().indexOf("token=") + "token=".length()));
        await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(c.email()).size() == 2);
        MimeMessage promoted = mailsTo(c.email()).get(1);
        assertThat(text(promoted)).contains("« Mon programme »", properties.publicUrl() + "/manage-link?lang=fr");
        assertThat(html(promoted)).contains("href=\"" + properties.publicUrl() + "/manage-link?lang=fr\"");
    }
}
