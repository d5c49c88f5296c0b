package org.nec.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.nec.localstack.KafkaBroker;
import org.nec.localstack.MailServer;
import org.nec.localstack.MongoStore;
import org.nec.localstack.Ports;

import com.icegreen.greenmail.util.GreenMail;

/**
 * The infrastructure shared by the tests of one JVM: each part started on first use, all stopped when the JVM
 * exits (the broker process also stops by itself if this JVM is killed).
 */
public final class Infrastructure {

    private static KafkaBroker kafka;
    private static MongoStore mongo;
    private static MailServer mail;
    private static boolean hooked;

    private Infrastructure() {
    }

    public static synchronized String kafkaBootstrapServers() {
        if (kafka == null) {
            kafka = startBroker();
            stopOnExit();
        }
        return kafka.bootstrapServers();
    }

    public static synchronized String mongoUri(String database) {
        if (mongo == null) {
            mongo = MongoStore.inMemory(Ports.free());
            stopOnExit();
        }
        return mongo.uri(database);
    }

    public static synchronized MailServer mail() {
        if (mail == null) {
            mail = new MailServer(Ports.free(), Ports.free()).start();
            stopOnExit();
        }
        return mail;
    }

    public static GreenMail greenMail() {
        return mail().greenMail();
    }

    /** A broker of the caller's own, for tests that stop and restart it. The caller stops it. */
    public static KafkaBroker startBroker() {
        try {
            Path dir = Files.createTempDirectory("nec-kafka-");
            return new KafkaBroker(Ports.free(), Ports.free(), dir, System.out).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void stopOnExit() {
        if (!hooked) {
            hooked = true;
            Runtime.getRuntime().addShutdownHook(new Thread(Infrastructure::stop, "test-infrastructure-stop"));
        }
    }

    private static synchronized void stop() {
        if (kafka != null) {
            kafka.stop();
        }
        if (mail != null) {
            mail.close();
        }
        if (mongo != null) {
            mongo.close();
        }
    }
}
