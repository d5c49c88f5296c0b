package org.nec.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import org.nec.testing.Infrastructure;

/** What the test mail server received, read as an attendee would: subjects, plain text, calendar files. */
public final class Mailboxes {

    private Mailboxes() {
    }

    public static List<MimeMessage> mailsTo(String address) {
        return List.of(Infrastructure.greenMail().getReceivedMessagesForDomain(address));
    }

    public static List<String> subjects(String address) {
        return mailsTo(address).stream().map(Mailboxes::subject).toList();
    }

    public static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plain-text parts, decoded. */
    public static String text(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                all.append(text(multipart.getBodyPart(i)));
            }
            return all.toString();
        }
        return "";
    }

    /** The events of the message's one {@code .ics} attachment. */
    public static List<VEvent> calendar(MimeMessage mail) throws Exception {
        List<String> found = new ArrayList<>();
        collectCalendars(mail, found);
        assertThat(found).as("calendar attachments").hasSize(1);
        return new CalendarBuilder().build(new StringReader(found.get(0))).getComponents("VEVENT");
    }

    private static void collectCalendars(Part part, List<String> found) throws Exception {
        if (part.isMimeType("text/calendar")) {
            assertThat(part.getFileName()).endsWith(".ics");
            found.add(new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        } else if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                collectCalendars(multipart.getBodyPart(i), found);
            }
        }
    }
}
