package org.nec.system.journey;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import jakarta.mail.BodyPart;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;

/** Reads an attendee's mailbox over IMAP, as a mail client does (login = password = the address). */
final class Mailbox {

    /** One mail as the attendee sees it: its subject, its plain-text part and the types of its attachments. */
    record Mail(String subject, String text, List<String> attachmentTypes) {

        boolean hasCalendarFile() {
            return attachmentTypes.stream().anyMatch(type -> type.toLowerCase(java.util.Locale.ROOT)
                    .startsWith("text/calendar"));
        }
    }

    private final String host;
    private final int port;

    Mailbox(String host, int port) {
        this.host = host;
        this.port = port;
    }

    /** Every mail delivered to the address, oldest first; none while the mailbox does not exist yet. */
    List<Mail> read(String address) throws MessagingException, IOException {
        Properties properties = new Properties();
        properties.put("mail.imap.connectiontimeout", "3000");
        properties.put("mail.imap.timeout", "3000");
        Store store = Session.getInstance(properties).getStore("imap");
        try {
            store.connect(host, port, address, address);
        } catch (jakarta.mail.AuthenticationFailedException noMailYet) {
            return List.of();
        }
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                List<Mail> mails = new ArrayList<>();
                for (Message message : inbox.getMessages()) {
                    StringBuilder text = new StringBuilder();
                    List<String> attachments = new ArrayList<>();
                    collect(message, text, attachments);
                    mails.add(new Mail(message.getSubject(), text.toString(), attachments));
                }
                return mails;
            } finally {
                inbox.close(false);
            }
        } finally {
            store.close();
        }
    }

    private static void collect(Part part, StringBuilder text, List<String> attachments)
            throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collect(child, text, attachments);
            }
        } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.isMimeType("text/calendar")) {
            attachments.add(part.getContentType());
        } else if (part.isMimeType("text/plain")) {
            text.append(part.getContent());
        }
    }
}
