package org.nec.localstack;

import java.util.concurrent.CountDownLatch;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * SMTP and IMAP for the local platform (GreenMail). Every recipient gets a mailbox on first delivery, readable
 * over IMAP with login = password = the recipient address.
 */
public final class MailServer implements AutoCloseable {

    private final GreenMail greenMail;

    public MailServer(int smtpPort, int imapPort) {
        greenMail = new GreenMail(new ServerSetup[] {
                new ServerSetup(smtpPort, Ports.LOOPBACK, ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort, Ports.LOOPBACK, ServerSetup.PROTOCOL_IMAP)})
                .withConfiguration(GreenMailConfiguration.aConfig());
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
    }

    /** {@code MailServer <smtpPort> <imapPort>}: runs until SIGTERM. */
    public static void main(String[] args) throws InterruptedException {
        MailServer server = new MailServer(Integer.parseInt(args[0]), Integer.parseInt(args[1])).start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "mail-server-shutdown"));
        System.out.println("SMTP on " + Ports.LOOPBACK + ":" + args[0] + ", IMAP on " + Ports.LOOPBACK + ":" + args[1]);
        stopped.await();
    }
}
