package org.nec.bench.drill;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** Reads, writes and watches the platform's topics as raw bytes, to put records on them the services did not. */
final class Topics implements AutoCloseable {

    private final String bootstrap;
    private final KafkaProducer<byte[], byte[]> producer;
    private final Admin admin;

    Topics(String bootstrap) {
        this.bootstrap = bootstrap;
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        producer = new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
        admin = Admin.create(Map.of("bootstrap.servers", bootstrap));
    }

    /** Every record of {@code topic} whose key is {@code key}, read from the start up to the current end. */
    List<ConsumerRecord<byte[], byte[]>> withKey(String topic, String key) {
        return matching(topic, r -> r.key() != null && key.equals(new String(r.key(), StandardCharsets.UTF_8)));
    }

    /** Every record of {@code topic} that {@code wanted} picks, read from the start up to the current end. */
    List<ConsumerRecord<byte[], byte[]>> matching(String topic, Predicate<ConsumerRecord<byte[], byte[]>> wanted) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<byte[], byte[]>> found = new ArrayList<>();
            Instant deadline = Instant.now().plusSeconds(30);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))
                    && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (wanted.test(record)) {
                        found.add(record);
                    }
                }
            }
            return found;
        }
    }

    /** Writes a record to the given partition and waits for the broker's acknowledgement. */
    void put(ProducerRecord<byte[], byte[]> record) throws Exception {
        producer.send(record).get();
    }

    /**
     * Waits until every consumer group has committed up to the end of {@code topic}: all it holds was handled,
     * whatever the handling did.
     */
    boolean awaitConsumed(String topic, Duration timeout) {
        return Waits.until(timeout, () -> {
            try {
                List<String> groups = admin.listConsumerGroups().all().get().stream()
                        .map(ConsumerGroupListing::groupId).toList();
                var description = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic);
                Map<TopicPartition, OffsetSpec> latest = description.partitions().stream().collect(Collectors.toMap(
                        p -> new TopicPartition(topic, p.partition()), p -> OffsetSpec.latest()));
                var ends = admin.listOffsets(latest).all().get();
                for (String group : groups) {
                    Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                            .partitionsToOffsetAndMetadata().get();
                    boolean readsTopic = committed.keySet().stream().anyMatch(tp -> tp.topic().equals(topic));
                    for (var end : ends.entrySet()) {
                        OffsetAndMetadata at = committed.get(end.getKey());
                        long position = at == null ? 0 : at.offset();
                        if (readsTopic && position < end.getValue().offset()) {
                            return false;
                        }
                    }
                }
                return true;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
        admin.close(Duration.ofSeconds(5));
    }
}
