package org.nec.bench.perf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.nec.localstack.Ports;
import org.nec.localstack.StackConfig;

/** Where the platform under test answers: everything goes through its front door, as people's requests do. */
record Target(String frontDoor, String mongoUri, String kafka, String mailHost, int smtpPort, int imapPort,
              String organiserPassword) {

    static Target of(StackConfig config) {
        return new Target(config.frontDoor().url(), "mongodb://" + Ports.LOOPBACK + ":" + config.mongoPort(),
                config.kafkaBootstrapServers(), Ports.LOOPBACK, config.smtpPort(), config.imapPort(),
                config.organiserPassword());
    }

    /** A running platform; the other components on the contract's ports unless the options say otherwise. */
    static Target running(Options options) throws IOException {
        String password = options.value("password", System.getenv("NEC_ORGANISER_PASSWORD"));
        Path stored = Path.of(".nec/organiser-password");
        if ((password == null || password.isBlank()) && Files.exists(stored)) {
            password = Files.readString(stored).strip();
        }
        if (password == null || password.isBlank()) {
            throw new IllegalArgumentException("the organiser password: --password, NEC_ORGANISER_PASSWORD or .nec/organiser-password");
        }
        return new Target(options.value("against", null), options.value("mongo", "mongodb://127.0.0.1:27017"),
                options.value("kafka", "127.0.0.1:9092"), "127.0.0.1", options.number("smtp", 3025),
                options.number("imap", 3143), password);
    }
}
