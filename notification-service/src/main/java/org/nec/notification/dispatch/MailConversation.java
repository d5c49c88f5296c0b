package org.nec.notification.dispatch;

import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Sends messages over one SMTP connection and reports each outcome as soon as the mail server answered it, so the
 * caller records a message as sent right after its own acceptance: a process killed mid-conversation leaves only
 * the message in flight to be sent again, never the ones already accepted before it.
 */
final class MailConversation {

    private MailConversation() {
    }

    /** Each message goes to {@code accepted} or {@code refused} (with why), in order, one at a time. */
    static <T> void send(JavaMailSender sender, Map<MimeMessage, T> messages, Consumer<T> accepted,
                         BiConsumer<T, Exception> refused) {
        if (!(sender instanceof JavaMailSenderImpl smtp)) {
            // another sender cannot be driven message by message: one call each keeps the outcomes apart
            messages.forEach((message, item) -> {
                try {
                    sender.send(message);
                } catch (MailException e) {
                    refused.accept(item, e);
                    return;
                }
                accepted.accept(item);
            });
            return;
        }
        Transport transport = null;
        try {
            for (Map.Entry<MimeMessage, T> entry : messages.entrySet()) {
                if (transport == null || !transport.isConnected()) {
                    close(transport);
                    try {
                        transport = connect(smtp);
                    } catch (MessagingException e) {
                        // no connection: this message and the rest are not sent, all for the same reason
                        transport = null;
                        refused.accept(entry.getValue(), new MailSendException("Mail server connection failed", e));
                        continue;
                    }
                }
                try {
                    transport.sendMessage(prepared(entry.getKey()), recipients(entry.getKey()));
                } catch (MessagingException | RuntimeException e) {
                    refused.accept(entry.getValue(), e);
                    continue;
                }
                accepted.accept(entry.getValue());
            }
        } finally {
            close(transport);
        }
    }

    /** As {@link JavaMailSenderImpl} connects. */
    private static Transport connect(JavaMailSenderImpl smtp) throws MessagingException {
        Transport transport = smtp.getSession().getTransport(smtp.getProtocol() == null ? "smtp" : smtp.getProtocol());
        transport.connect(smtp.getHost(), smtp.getPort(), smtp.getUsername(), smtp.getPassword());
        return transport;
    }

    /** As {@link JavaMailSenderImpl} prepares a message: a sent date, and the Message-ID it was given kept. */
    private static MimeMessage prepared(MimeMessage message) throws MessagingException {
        if (message.getSentDate() == null) {
            message.setSentDate(new java.util.Date());
        }
        String messageId = message.getMessageID();
        message.saveChanges();
        if (messageId != null) {
            message.setHeader("Message-ID", messageId);
        }
        return message;
    }

    private static Address[] recipients(MimeMessage message) throws MessagingException {
        Address[] addresses = message.getAllRecipients();
        return addresses == null ? new Address[0] : addresses;
    }

    private static void close(Transport transport) {
        if (transport == null) {
            return;
        }
        try {
            transport.close();
        } catch (MessagingException e) {
            // the connection is gone either way; what was accepted before is already recorded
        }
    }
}
