package org.nec.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nec.localstack.LocalStack;
import org.nec.localstack.Ports;
import org.nec.localstack.StackConfig;

/**
 * Whoever reads the topics cannot act as an attendee: after a whole journey (registration, confirmation mail,
 * a new link asked for, a cancellation that promotes the first in line, check-in with the QR code's content),
 * every record of every topic, dead letters and Kafka's own included, is read from the beginning and none holds a
 * manage token or a check-in code the mails carried, in its key, its value or its headers. Nor does any hold a
 * name, an organisation or the address of the person erased at the end in clear: personal fields travel encrypted
 * with each person's key, and erasure leaves a tombstone where the erased person's key was.
 */
class TopicsHoldNoSecretsIT {

    private static final Path ROOT = Path.of(System.getProperty("nec.projectRoot", "..")).toAbsolutePath().normalize();
    private static final String PASSWORD = "system-test-password";
    private static final Pattern TOKEN = Pattern.compile("/manage/[\\w-]+\\?token=([\\w-]{20,})");
    private static final Pattern CODE = Pattern.compile("NEC1\\.[\\w-]+\\.[\\w-]{16,}");

    private final HttpClient http = HttpClient.newHttpClient();
    private LocalStack stack;

    @AfterEach
    void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void afterAWholeJourneyNoTopicHoldsAManageTokenOrACheckInCode() throws Exception {
        Path state = Files.createTempDirectory(Files.createDirectories(Path.of("target").toAbsolutePath()),
                "nec-secrets-");
        StackConfig config = StackConfig.freePorts(ROOT, state, Map.of("NEC_ORGANISER_PASSWORD", PASSWORD,
                "NEC_RATE_LIMIT_PER_MINUTE", "0"));
        stack = new LocalStack(config, System.out);
        stack.start();
        String registration = config.service("registration").url();
        String type = "SOLO" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        assertThat(send("POST", registration + "/api/admin/ticket-types", """
                {"code":"%s","label":{"fr":"Solo","en":"Solo"},"capacity":1}""".formatted(type), true)
                .statusCode()).isEqualTo(201);
        String first = "first-" + UUID.randomUUID() + "@example.org";
        String second = "second-" + UUID.randomUUID() + "@example.org";
        String firstId = field(register(registration, first, type), "id");
        register(registration, second, type);

        String confirmation = awaitMails(config, first, 1).get(0);
        String firstToken = match(TOKEN, confirmation);
        String firstCode = match(CODE, confirmation);
        String waitlisted = awaitMails(config, second, 1).get(0);
        String secondToken = match(TOKEN, waitlisted);
        assertThat(send("POST", registration + "/api/manage-links", "{\"email\":\"" + first + "\"}", false)
                .statusCode()).isEqualTo(202);
        String newToken = match(TOKEN, awaitMails(config, first, 2).get(1));
        HttpRequest cancel = HttpRequest.newBuilder(URI.create(registration + "/api/registrations/" + firstId))
                .header("X-Manage-Token", newToken).DELETE().build();
        assertThat(http.send(cancel, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        String secondCode = match(CODE, awaitMails(config, second, 2).get(1));
        assertThat(send("POST", registration + "/api/check-in", "{\"code\":\"" + secondCode + "\"}", true)
                .statusCode()).isEqualTo(200);
        assertThat(send("POST", registration + "/api/admin/registrations/" + firstId + "/erasure", "{}", true)
                .statusCode()).isEqualTo(202);

        List<String> secrets = List.of(firstToken, newToken, secondToken, firstCode, secondCode,
                firstCode.substring(firstCode.lastIndexOf('.') + 1), secondCode.substring(secondCode.lastIndexOf('.') + 1));
        // the erased person's key is replaced by a tombstone on its topic
        List<ConsumerRecord<byte[], byte[]>> records = await().atMost(Duration.ofSeconds(30))
                .until(() -> everyRecord(config.kafkaBootstrapServers()), all -> all.stream()
                        .filter(r -> r.topic().equals("registration.person-keys") && firstId.equals(text(r.key())))
                        .reduce((a, b) -> b).map(r -> r.value() == null).orElse(false));
        List<String> personal = List.of(first, "Camille", "Dupont", "Tiers-lieu");
        List<String> inClear = records.stream().filter(r -> personal.stream().anyMatch(text(r.value())::contains))
                .map(r -> r.topic() + "@" + r.offset()).toList();
        List<String> leaks = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> record : records) {
            List<String> parts = new ArrayList<>(List.of(text(record.key()), text(record.value())));
            for (Header header : record.headers()) {
                parts.add(header.key() + "=" + text(header.value()));
            }
            for (String secret : secrets) {
                if (parts.stream().anyMatch(part -> part.contains(secret))) {
                    leaks.add(record.topic() + "@" + record.offset());
                }
            }
        }

        System.out.printf("[secrets] %d records read on %d topics%n", records.size(),
                records.stream().map(ConsumerRecord::topic).distinct().count());
        assertThat(records).as("the journey's events were read").anyMatch(r -> r.topic().equals("registration.events")
                && text(r.value()).contains(firstId) && text(r.value()).contains("sealedManageUrl"));
        assertThat(records).anyMatch(r -> r.topic().equals("notification.events"));
        assertThat(leaks).as("records holding a token or a code").isEmpty();
        assertThat(inClear).as("records holding a name, an organisation or the erased address in clear").isEmpty();
    }

    /** Every record of every topic, Kafka's internal ones too, from the first offset to the last. */
    private static List<ConsumerRecord<byte[], byte[]>> everyRecord(String bootstrap) throws Exception {
        Set<String> topics;
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            topics = admin.listTopics(new ListTopicsOptions().listInternal(true)).names().get();
        }
        List<ConsumerRecord<byte[], byte[]>> all = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of("bootstrap.servers", bootstrap,
                "enable.auto.commit", false, "isolation.level", "read_uncommitted"),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = topics.stream().flatMap(topic -> consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition()))).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            Instant deadline = Instant.now().plusSeconds(60);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                assertThat(Instant.now()).as("read every topic within a minute").isBefore(deadline);
                consumer.poll(Duration.ofMillis(500)).forEach(all::add);
            }
        }
        return all;
    }

    private String register(String registration, String email, String type) throws Exception {
        HttpResponse<String> created = send("POST", registration + "/api/registrations", """
                {"firstName":"Camille","lastName":"Dupont","email":"%s","organisation":"Tiers-lieu",
                 "ticketType":"%s","language":"fr","answers":{},"consent":{"privacyPolicy":true}}"""
                .formatted(email, type), false);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return created.body();
    }

    private HttpResponse<String> send(String method, String url, String json, boolean organiser) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type",
                "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        if (organiser) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("organiser:" + PASSWORD)
                    .getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
        assertThat(matcher.find()).as("%s in %s", name, json).isTrue();
        return matcher.group(1);
    }

    private static String match(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as("%s in %s", pattern, text).isTrue();
        return matcher.groupCount() > 0 ? matcher.group(1) : matcher.group();
    }

    private static String text(byte[] bytes) {
        return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
    }

    /** The plain-text parts of the first {@code count} mails to {@code address}, once they are there. */
    private static List<String> awaitMails(StackConfig config, String address, int count) {
        return await().atMost(Duration.ofSeconds(60)).ignoreExceptionsInstanceOf(AuthenticationFailedException.class)
                .until(() -> mails(config, address), mails -> mails.size() >= count);
    }

    private static List<String> mails(StackConfig config, String address) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.imap.connectiontimeout", "3000");
        properties.put("mail.imap.timeout", "3000");
        Store store = Session.getInstance(properties).getStore("imap");
        store.connect(Ports.LOOPBACK, config.imapPort(), address, address);
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                List<String> texts = new ArrayList<>();
                for (Message message : inbox.getMessages()) {
                    texts.add(plainText(message));
                }
                return texts;
            } finally {
                inbox.close(false);
            }
        } finally {
            store.close();
        }
    }

    private static String plainText(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return String.valueOf(part.getContent());
        }
        StringBuilder text = new StringBuilder();
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                text.append(plainText(multipart.getBodyPart(i)));
            }
        }
        return text.toString();
    }
}
