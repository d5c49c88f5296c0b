package org.nec.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local mail server's delivery journal, over real SMTP: every accepted message is a line, and a message a
 * recipient already received (same Message-ID), in this run or an earlier one on the same journal, is accepted
 * and journaled as a repeat without being put in the mailbox again.
 */
class MailServerJournalIT {

    @TempDir
    Path dir;

    @Test
    void aMessageSentAgainWithItsMessageIdIsJournaledAsARepeatAndKeptOnce() throws Exception {
        int smtp = Ports.free();
        try (MailServer server = new MailServer(smtp, Ports.free(), dir).start()) {
            send(smtp, "<CONFIRMATION.r1@nec.example>", "ada@example.org", "n-1");
            send(smtp, "<CONFIRMATION.r1@nec.example>", "ada@example.org", "n-1");
            send(smtp, "<CONFIRMATION.r2@nec.example>", "ada@example.org", "n-2");

            assertThat(server.greenMail().getReceivedMessagesForDomain("ada@example.org")).hasSize(2);
        }
        assertThat(outcomes()).containsExactly("n-1 KEPT", "n-1 REPEAT", "n-2 KEPT");

        try (MailServer restarted = new MailServer(smtp, Ports.free(), dir).start()) {
            send(smtp, "<CONFIRMATION.r2@nec.example>", "ada@example.org", "n-2");
            send(smtp, "<CONFIRMATION.r2@nec.example>", "grace@example.org", "n-2");

            assertThat(restarted.greenMail().getReceivedMessagesForDomain("ada@example.org"))
                    .as("received before the restart, as the journal says").isEmpty();
            assertThat(restarted.greenMail().getReceivedMessagesForDomain("grace@example.org")).hasSize(1);
        }
        assertThat(outcomes()).endsWith("n-2 REPEAT", "n-2 KEPT");
    }

    private List<String> outcomes() throws Exception {
        return Files.readAllLines(dir.resolve(MailServer.JOURNAL), StandardCharsets.UTF_8).stream()
                .map(line -> line.split("\t")).map(f -> f[1] + " " + f[4]).toList();
    }

    private static void send(int smtp, String messageId, String to, String notificationId) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", Ports.LOOPBACK);
        properties.put("mail.smtp.port", String.valueOf(smtp));
        MimeMessage message = new MimeMessage(Session.getInstance(properties)) {
            @Override
            protected void updateMessageID() throws jakarta.mail.MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        message.setFrom(new InternetAddress("programme@nec.example"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject("Inscription confirmée");
        message.setHeader("X-NEC-Notification-Id", notificationId);
        message.setText("Bienvenue");
        Transport.send(message);
    }
}
