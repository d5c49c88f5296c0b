package org.nec.localstack;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.mail.MovingMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.user.UserException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;

/**
 * SMTP and IMAP for the local platform (GreenMail). Every recipient gets a mailbox on first delivery, readable
 * over IMAP with login = password = the recipient address.
 *
 * <p>Given a directory, it also keeps a delivery journal there ({@value #JOURNAL}): a line per accepted message
 * and recipient, written to the file before SMTP answers 250, so deliveries can still be counted after the mail
 * server itself was killed (mailboxes are in memory only). Like the mailbox providers that deduplicate by
 * {@code Message-ID}, a message whose {@code Message-ID} a recipient already received (this run or, through the
 * journal, an earlier one) is accepted and journaled as a {@value #REPEAT} but not put in the mailbox again: a
 * sender that dies between the server's 250 and recording the send resends the same message, and the reader sees
 * it once. While a file {@value #REFUSE} exists in that directory, every message is refused with a transient
 * {@code 451}, to try how senders ride out a mail server that refuses everything.
 */
public final class MailServer implements AutoCloseable {

    /**
     * {@code <epoch millis> TAB <X-NEC-Notification-Id, else Message-ID> TAB <recipient> TAB <Message-ID> TAB
     * <KEPT or REPEAT>}, one line a delivery.
     */
    public static final String JOURNAL = "deliveries.journal";
    public static final String REFUSE = "refuse";
    /** A delivery put in the recipient's mailbox. */
    public static final String KEPT = "KEPT";
    /** A delivery of a message the recipient already had: accepted, not put in the mailbox again. */
    public static final String REPEAT = "REPEAT";

    private final GreenMail greenMail;
    private final FileChannel journal;
    private final Path refuseSwitch;
    private final Set<String> received = ConcurrentHashMap.newKeySet();

    public MailServer(int smtpPort, int imapPort) {
        this(smtpPort, imapPort, null);
    }

    public MailServer(int smtpPort, int imapPort, Path dir) {
        greenMail = new GreenMail(new ServerSetup[] {
                new ServerSetup(smtpPort, Ports.LOOPBACK, ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort, Ports.LOOPBACK, ServerSetup.PROTOCOL_IMAP)})
                .withConfiguration(GreenMailConfiguration.aConfig());
        if (dir == null) {
            journal = null;
            refuseSwitch = null;
            return;
        }
        try {
            Files.createDirectories(dir);
            rememberReceived(dir.resolve(JOURNAL));
            journal = FileChannel.open(dir.resolve(JOURNAL), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot open the delivery journal in " + dir, e);
        }
        refuseSwitch = dir.resolve(REFUSE);
        // the managers exist before start(), and start() serves with them: no message slips past the journal
        MessageDeliveryHandler deliver = greenMail.getUserManager().getMessageDeliveryHandler();
        greenMail.getUserManager().setMessageDeliveryHandler((message, to) -> journaled(deliver, message, to));
    }

    private GreenMailUser journaled(MessageDeliveryHandler deliver, MovingMessage message, MailAddress to)
            throws MessagingException, UserException {
        if (Files.exists(refuseSwitch)) {
            // GreenMail answers 451 (local error, try again later) to a delivery that throws
            throw new MessagingException("refusing every message while " + refuseSwitch + " exists");
        }
        String messageId = message.getMessage().getMessageID();
        boolean repeat = messageId != null && !received.add(receipt(messageId, to.getEmail()));
        GreenMailUser user = deliver.handle(message, to);
        String[] id = message.getMessage().getHeader("X-NEC-Notification-Id");
        String key = id != null && id.length > 0 ? id[0] : messageId;
        byte[] line = String.join("\t", String.valueOf(System.currentTimeMillis()), key, to.getEmail(),
                String.valueOf(messageId), repeat ? REPEAT : KEPT).concat("\n").getBytes(StandardCharsets.UTF_8);
        try {
            // one write call per line: in the kernel's hands before the 250, so it outlives a kill -9 of this process
            synchronized (journal) {
                ByteBuffer buffer = ByteBuffer.wrap(line);
                while (buffer.hasRemaining()) {
                    journal.write(buffer);
                }
            }
        } catch (IOException e) {
            throw new MessagingException("cannot journal the delivery: " + e.getMessage(), e);
        }
        // GreenMail puts the message in the mailbox of the user returned here
        return repeat ? keepingNothing(user) : user;
    }

    /** The recipient, whose mailbox is left as it is by a delivery. */
    private static GreenMailUser keepingNothing(GreenMailUser user) {
        return (GreenMailUser) Proxy.newProxyInstance(GreenMailUser.class.getClassLoader(),
                new Class<?>[] {GreenMailUser.class}, (proxy, method, args) -> {
                    if (method.getName().equals("deliver")) {
                        return null;
                    }
                    try {
                        return method.invoke(user, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** The messages each recipient received in earlier runs, from the journal they left. */
    private void rememberReceived(Path file) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            // a line cut short by a kill -9 has fewer fields, and no 250 was sent for it
            lines.map(line -> line.split("\t")).filter(f -> f.length == 5 && !"null".equals(f[3]))
                    .forEach(f -> received.add(receipt(f[3], f[2])));
        }
    }

    private static String receipt(String messageId, String recipient) {
        return messageId + "\t" + recipient.toLowerCase(Locale.ROOT);
    }

    public MailServer start() {
        greenMail.start();
        return this;
    }

    public GreenMail greenMail() {
        return greenMail;
    }

    public int smtpPort() {
        return greenMail.getSmtp().getPort();
    }

    public int imapPort() {
        return greenMail.getImap().getPort();
    }

    @Override
    public void close() {
        greenMail.stop();
        if (journal != null) {
            try {
                journal.close();
            } catch (IOException e) {
                // every line was written already
            }
        }
    }

    /** {@code MailServer <smtpPort> <imapPort> [journalDir]}: runs until SIGTERM. */
    public static void main(String[] args) throws InterruptedException {
        Path dir = args.length > 2 ? Path.of(args[2]) : null;
        MailServer server = new MailServer(Integer.parseInt(args[0]), Integer.parseInt(args[1]), dir).start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "mail-server-shutdown"));
        System.out.println("SMTP on " + Ports.LOOPBACK + ":" + args[0] + ", IMAP on " + Ports.LOOPBACK + ":" + args[1]
                + (dir == null ? "" : ", delivery journal in " + dir));
        stopped.await();
    }
}
