package org.nec.notification.dispatch;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.nec.events.Language;
import org.nec.notification.contact.Contact;
import org.nec.notification.mail.CheckInQrCode;
import org.nec.notification.mail.MailTemplates;
import org.nec.notification.message.MessageType;
import org.nec.notification.message.Notification;
import org.nec.notification.message.NotificationProperties;
import org.nec.notification.unsubscribe.UnsubscribeLinks;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Writes the mail of a message in the recipient's language: the body from its template, what it says of its
 * sessions, its links (my programme, unsubscribe), its check-in QR code and calendar, and the headers that make
 * it the same message on every send.
 */
@Component
class MailWriter {

    /** The templates show the check-in code as {@code <img src="cid:checkin-qr">}. */
    static final String QR_CONTENT_ID = "checkin-qr";

    private final MailTemplates templates;
    private final JavaMailSender mailSender;
    private final NotificationProperties properties;
    private final SessionDetails sessions;
    private final CalendarAttachment calendars;
    private final UnsubscribeLinks unsubscribeLinks;
    private final ProgrammeLinks programmeLinks;
    private final LinkSecrets linkSecrets;

    MailWriter(MailTemplates templates, JavaMailSender mailSender, NotificationProperties properties,
               SessionDetails sessions, CalendarAttachment calendars, UnsubscribeLinks unsubscribeLinks,
               ProgrammeLinks programmeLinks, LinkSecrets linkSecrets) {
        this.templates = templates;
        this.mailSender = mailSender;
        this.properties = properties;
        this.sessions = sessions;
        this.calendars = calendars;
        this.unsubscribeLinks = unsubscribeLinks;
        this.programmeLinks = programmeLinks;
        this.linkSecrets = linkSecrets;
    }

    /**
     * A message goes to the person's address and in their language as they are now: a registration updated since
     * the message was drafted (a corrected address, another language) is followed.
     */
    Notification toCurrentAddress(Notification notification, SessionDetails.Snapshot snapshot) {
        Contact contact = snapshot.contacts().get(notification.registrationId());
        if (contact == null || contact.email() == null || notification.type() == MessageType.ERASURE_CONFIRMED) {
            return notification;
        }
        Language language = Language.of(contact.language());
        if (contact.email().equals(notification.recipient()) && language.code().equals(notification.language())) {
            return notification;
        }
        return notification.addressedTo(contact.email(), language.code(),
                templates.subject(notification.type().template(), language.locale()));
    }

    MimeMessage compose(Notification stored, SessionDetails.Snapshot snapshot) throws MessagingException {
        Notification notification = linkSecrets.open(stored);
        Locale locale = Locale.forLanguageTag(notification.language());
        Map<String, Object> model = new HashMap<>(notification.model() == null ? Map.of() : notification.model());
        model.putAll(sessions.describe(notification, locale, snapshot));
        model.putAll(programmeLinks.of(notification, snapshot.contacts().get(notification.registrationId())));
        boolean optional = notification.type().isReminder();
        if (optional) {
            model.put("unsubscribeUrl", unsubscribeLinks.page(notification.registrationId()) + "?lang="
                    + locale.getLanguage());
        }
        var body = templates.render(notification.type().template(), locale, model);
        MimeMessage message = mailSender.createMimeMessage();
        var helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(properties.from());
        helper.setTo(notification.recipient());
        helper.setSubject(notification.subject());
        helper.setText(body.text(), body.html());
        if (notification.model() != null && notification.model().get("checkInCode") instanceof String code) {
            helper.addInline(QR_CONTENT_ID, new ByteArrayResource(CheckInQrCode.png(code)), "image/png");
        }
        calendars.of(notification, locale, snapshot).ifPresent(ics -> attach(helper, ics));
        if (optional) {
            // RFC 8058: mail clients offer one-click unsubscribe from these
            message.setHeader("List-Unsubscribe", "<" + unsubscribeLinks.oneClick(notification.registrationId()) + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        message.setHeader("Content-Language", locale.getLanguage());
        message.setHeader("X-NEC-Notification-Id", notification.id());
        message.setHeader("Message-ID", MessageIds.of(notification.id(), properties.from()));
        return message;
    }

    private static void attach(MimeMessageHelper helper, String ics) {
        try {
            helper.addAttachment(CalendarAttachment.FILE_NAME,
                    new ByteArrayResource(ics.getBytes(StandardCharsets.UTF_8)), CalendarAttachment.CONTENT_TYPE);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
