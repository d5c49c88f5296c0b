package org.nec.platform.deadletter;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.nec.events.Topics;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaHeaders;

/**
 * The records this service's consumers gave up on, read from the dead-letter topics, and their replay: once the
 * cause is fixed, a record goes back to its topic marked for this service's consumer group only
 * ({@link #REPLAY_FOR}), so the other services do not see it twice; this service's consumers are idempotent, so
 * replaying one twice changes nothing more. Which records were replayed, and when, is kept in
 * {@code deadLetterReplays}.
 */
public class DeadLetters {

    /** Header of a replayed record: the consumer group it is meant for; other groups skip it. */
    public static final String REPLAY_FOR = "nec-replay-for";

    static final int MOST = 1_000;
    private static final Duration READ_FOR = Duration.ofSeconds(5);

    private final KafkaProperties kafka;
    private final KafkaTemplate<String, Object> template;
    private final MongoTemplate mongo;
    private final Clock clock;
    private final String group;

    public DeadLetters(KafkaProperties kafka, KafkaTemplate<String, Object> template, MongoTemplate mongo,
                       Clock clock) {
        this.kafka = kafka;
        this.template = template;
        this.mongo = mongo;
        this.clock = clock;
        this.group = kafka.getConsumer().getGroupId();
    }

    /** Every record this service's consumer group dead-lettered, newest first (at most {@value #MOST}). */
    public List<DeadLetter> list() {
        Map<String, Instant> replays = new HashMap<>();
        mongo.findAll(Replay.class).forEach(r -> replays.put(r.id(), r.replayedAt()));
        List<DeadLetter> letters = new ArrayList<>();
        read(record -> true, record -> letters.add(letter(record, replays)));
        letters.sort(Comparator.comparing(DeadLetter::deadAt).reversed());
        return letters;
    }

    /** Sends the record back to its topic for this service; false if there is no such record of this service. */
    public boolean replay(String topic, int partition, long offset) {
        List<ConsumerRecord<byte[], byte[]>> found = new ArrayList<>();
        read(record -> record.topic().equals(topic) && record.partition() == partition && record.offset() == offset,
                found::add);
        found.forEach(this::send);
        return !found.isEmpty();
    }

    /** Sends back every record of this service not replayed yet; answers how many. */
    public int replayAll() {
        Map<String, Instant> replays = new HashMap<>();
        mongo.findAll(Replay.class).forEach(r -> replays.put(r.id(), r.replayedAt()));
        List<ConsumerRecord<byte[], byte[]>> pending = new ArrayList<>();
        read(record -> !replays.containsKey(id(record)), pending::add);
        pending.forEach(this::send);
        return pending.size();
    }

    private void send(ConsumerRecord<byte[], byte[]> record) {
        String original = header(record, KafkaHeaders.DLT_ORIGINAL_TOPIC);
        String key = record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8);
        ProducerRecord<String, Object> replayed = new ProducerRecord<>(original, null, key, record.value());
        replayed.headers().add(REPLAY_FOR, group.getBytes(StandardCharsets.UTF_8));
        try {
            template.send(replayed).get(15, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while replaying " + id(record), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not replay " + id(record) + " to " + original, e);
        }
        mongo.upsert(query(where("_id").is(id(record))),
                new org.springframework.data.mongodb.core.query.Update().set("replayedAt", clock.instant()),
                Replay.class);
    }

    /** Reads the dead-letter topics from the start, handing over the records of this service's group. */
    private void read(Predicate<ConsumerRecord<byte[], byte[]>> wanted,
                      java.util.function.Consumer<ConsumerRecord<byte[], byte[]>> into) {
        Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = Topics.ALL.stream().map(Topics::deadLetter)
                    .flatMap(topic -> consumer.partitionsFor(topic, READ_FOR).stream()
                            .map(p -> new TopicPartition(topic, p.partition())))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, READ_FOR);
            Instant deadline = Instant.now().plus(READ_FOR);
            int seen = 0;
            while (seen < MOST && Instant.now().isBefore(deadline)
                    && partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    seen++;
                    if (group.equals(header(record, KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP)) && wanted.test(record)) {
                        into.accept(record);
                    }
                }
            }
        }
    }

    private static DeadLetter letter(ConsumerRecord<byte[], byte[]> record, Map<String, Instant> replays) {
        String error = header(record, KafkaHeaders.DLT_EXCEPTION_MESSAGE);
        String cause = header(record, KafkaHeaders.DLT_EXCEPTION_FQCN);
        return new DeadLetter(record.topic(), record.partition(), record.offset(),
                Instant.ofEpochMilli(record.timestamp()), header(record, KafkaHeaders.DLT_ORIGINAL_TOPIC),
                header(record, KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP),
                PersonalData.masked(((cause == null ? "" : cause + ": ") + (error == null ? "" : error))
                        .getBytes(StandardCharsets.UTF_8)),
                record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8),
                PersonalData.masked(record.value()), replays.get(id(record)));
    }

    private static String id(ConsumerRecord<?, ?> record) {
        return record.topic() + "-" + record.partition() + "-" + record.offset();
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Document("deadLetterReplays")
    record Replay(@Id String id, Instant replayedAt) {
    }
}
