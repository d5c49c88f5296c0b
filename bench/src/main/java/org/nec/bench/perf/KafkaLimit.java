package org.nec.bench.perf;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The broker's limit: event-sized records produced with {@code acks=all} to a topic shaped like the platform's
 * (6 partitions), as fast as the acknowledgements come, then the latency of one record sent alone.
 */
final class KafkaLimit {

    private KafkaLimit() {
    }

    static Limits.Limit measure(Target target, Duration duration) throws Exception {
        String topic = "bench.limit." + Long.toString(System.nanoTime(), 36);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, target.kafka()))) {
            admin.createTopics(List.of(new NewTopic(topic, 6, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, target.kafka(),
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        String value = "{\"eventId\":\"%s\",\"type\":\"RegistrationConfirmed\",\"payload\":\"" + "x".repeat(400) + "\"}";
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            producer.send(new ProducerRecord<>(topic, "warm", "warm")).get(30, TimeUnit.SECONDS);
            LongAdder acked = new LongAdder();
            // bounded records in flight, so the producer's buffer never blocks the loop
            Semaphore inFlight = new Semaphore(20_000);
            long start = System.nanoTime();
            long end = start + duration.toNanos();
            for (long n = 0; System.nanoTime() < end; n++) {
                if (!inFlight.tryAcquire(1, TimeUnit.SECONDS)) {
                    continue;
                }
                producer.send(new ProducerRecord<>(topic, "key-" + (n % 1000), value.formatted(n)), (metadata, error) -> {
                    inFlight.release();
                    if (error == null && System.nanoTime() <= end) {
                        acked.increment();
                    }
                });
            }
            producer.flush();
            long[] single = new long[200];
            for (int i = 0; i < single.length; i++) {
                long sent = System.nanoTime();
                producer.send(new ProducerRecord<>(topic, "single", value.formatted(i))).get(30, TimeUnit.SECONDS);
                single[i] = System.nanoTime() - sent;
            }
            java.util.Arrays.sort(single);
            return new Limits.Limit("Kafka produce acks=all", acked.sum() * 1e9 / duration.toNanos(),
                    Stats.millis(Stats.percentile(single, 0.99)));
        }
    }
}
