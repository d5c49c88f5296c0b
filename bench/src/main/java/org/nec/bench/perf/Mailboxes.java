package org.nec.bench.perf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;

/** What the mail server received, read over IMAP (login = password = the address): the subjects per mailbox. */
final class Mailboxes {

    private Mailboxes() {
    }

    /** Subjects received by each address (an address nothing reached has none), read by 4 clients. */
    static Map<String, List<String>> subjects(Target target, Collection<String> addresses) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.imap.connectiontimeout", "5000");
        properties.put("mail.imap.timeout", "20000");
        Session session = Session.getInstance(properties);
        Map<String, List<String>> received = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> reads = new ArrayList<>();
            for (String address : addresses) {
                reads.add(pool.submit(() -> {
                    received.put(address, read(session, target, address));
                    return null;
                }));
            }
            for (Future<?> read : reads) {
                read.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        return received;
    }

    private static List<String> read(Session session, Target target, String address) throws Exception {
        Store store = session.getStore("imap");
        try {
            store.connect(target.mailHost(), target.imapPort(), address, address);
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            List<String> subjects = new ArrayList<>();
            for (Message message : inbox.getMessages()) {
                subjects.add(message.getSubject());
            }
            inbox.close(false);
            return subjects;
        } catch (AuthenticationFailedException noMailbox) {
            return List.of();
        } finally {
            store.close();
        }
    }
}
