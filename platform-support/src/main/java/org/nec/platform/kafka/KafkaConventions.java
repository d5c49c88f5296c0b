package org.nec.platform.kafka;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.nec.events.EventEnvelope;
import org.nec.events.Topics;
import org.nec.events.person.PersonKeyMissing;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.kafka.annotation.EnableKafka;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.MicrometerConsumerListener;
import org.springframework.kafka.core.MicrometerProducerListener;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.util.backoff.FixedBackOff;

/**
 * How every service talks to Kafka: an idempotent producer that waits for all replicas, consumers that read
 * {@link EventEnvelope}s and survive poison records, bounded retries then {@code <topic>.dlt}, and the topics.
 */
@AutoConfiguration(before = KafkaAutoConfiguration.class)
@EnableKafka
@EnableConfigurationProperties(MessagingProperties.class)
public class KafkaConventions {

    /** How often a record that failed because the store is unreachable is tried again, for as long as it is. */
    private static final Duration STORE_AWAY_RETRY = Duration.ofSeconds(2);
    /**
     * How often, and how many times, a registration event is tried again while its person's key, which travels on
     * another topic, has not arrived: up to two minutes before it goes to the dead-letter topic.
     */
    private static final Duration KEY_AWAITED_RETRY = Duration.ofSeconds(1);
    private static final long KEY_AWAITED_ATTEMPTS = 120;

    @Bean
    ProducerFactory<String, Object> kafkaProducerFactory(KafkaProperties properties,
            ObjectProvider<MeterRegistry> meters) {
        Map<String, Object> config = new HashMap<>(properties.buildProducerProperties());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 5);
        // fail a send within seconds while the broker is away; the outbox keeps the event and tries again
        config.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        config.putIfAbsent(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        config.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15_000);
        Map<Class<?>, Serializer<?>> byType = new LinkedHashMap<>();
        byType.put(byte[].class, new ByteArraySerializer());
        byType.put(String.class, new StringSerializer());
        byType.put(EventEnvelope.class, new EventEnvelopeSerializer());
        var factory = new DefaultKafkaProducerFactory<String, Object>(config, new StringSerializer(),
                new DelegatingByTypeSerializer(byType));
        meters.ifAvailable(registry -> factory.addListener(new MicrometerProducerListener<>(registry)));
        return factory;
    }

    @Bean
    KafkaTemplate<String, Object> kafkaTemplate(ProducerFactory<String, Object> producerFactory) {
        return new KafkaTemplate<>(producerFactory);
    }

    @Bean
    ConsumerFactory<String, EventEnvelope> kafkaConsumerFactory(KafkaProperties properties,
            ObjectProvider<MeterRegistry> meters) {
        Map<String, Object> config = new HashMap<>(properties.buildConsumerProperties());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        var factory = new DefaultKafkaConsumerFactory<String, EventEnvelope>(config, new StringDeserializer(),
                new ErrorHandlingDeserializer<>(new EventEnvelopeDeserializer()));
        // the client's own metrics (records-lag-max and the rest), tagged with the group whose lag they tell;
        // Boot's customizers only reach the factory Boot would have built, not this one
        String group = String.valueOf(config.getOrDefault(ConsumerConfig.GROUP_ID_CONFIG, ""));
        meters.ifAvailable(registry -> factory.addListener(
                new MicrometerConsumerListener<>(registry, List.of(Tag.of("group", group)))));
        return factory;
    }

    @Bean
    DefaultErrorHandler kafkaErrorHandler(KafkaTemplate<String, Object> template, MessagingProperties messaging) {
        // partition -1: let the producer choose, so the dead-letter topic may have fewer partitions
        var recoverer = new DeadLetterPublishingRecoverer(template,
                (record, failure) -> new TopicPartition(Topics.deadLetter(record.topic()), -1));
        var backOff = new ExponentialBackOffWithMaxRetries(messaging.retries());
        backOff.setInitialInterval(messaging.firstRetryAfter().toMillis());
        backOff.setMultiplier(2);
        backOff.setMaxInterval(10_000);
        var handler = new DefaultErrorHandler(recoverer, backOff);
        // an unreachable store says nothing about the record: it waits for the store instead of going to the
        // dead-letter topic (partition order kept); a different failure afterwards starts the bounded retries
        // a person's key comes on its own topic and may come a little after their first event
        handler.setBackOffFunction((record, failure) -> storeAway(failure)
                ? new FixedBackOff(STORE_AWAY_RETRY.toMillis(), FixedBackOff.UNLIMITED_ATTEMPTS)
                : keyAwaited(failure) ? new FixedBackOff(KEY_AWAITED_RETRY.toMillis(), KEY_AWAITED_ATTEMPTS) : null);
        return handler;
    }

    static boolean keyAwaited(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PersonKeyMissing) {
                return true;
            }
        }
        return false;
    }

    static boolean storeAway(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException) {
                return true;
            }
        }
        return false;
    }

    @Bean
    ConcurrentKafkaListenerContainerFactory<String, EventEnvelope> kafkaListenerContainerFactory(
            ConsumerFactory<String, EventEnvelope> consumerFactory, DefaultErrorHandler errorHandler,
            KafkaProperties properties) {
        var factory = new ConcurrentKafkaListenerContainerFactory<String, EventEnvelope>();
        factory.setConsumerFactory(consumerFactory);
        factory.setCommonErrorHandler(errorHandler);
        // a dead letter replayed for another service's consumers is not news here
        String group = properties.getConsumer().getGroupId();
        factory.setRecordFilterStrategy(record -> {
            var replayFor = record.headers().lastHeader(org.nec.platform.deadletter.DeadLetters.REPLAY_FOR);
            return replayFor != null && !new String(replayFor.value(), java.nio.charset.StandardCharsets.UTF_8)
                    .equals(group);
        });
        Integer concurrency = properties.getListener().getConcurrency();
        if (concurrency != null) {
            factory.setConcurrency(concurrency);
        }
        return factory;
    }

    @Bean
    KafkaAdmin.NewTopics platformTopics(MessagingProperties messaging) {
        return new KafkaAdmin.NewTopics(java.util.stream.Stream.concat(Topics.ALL.stream()
                .flatMap(topic -> java.util.stream.Stream.of(topic, Topics.deadLetter(topic)))
                .map(topic -> new NewTopic(topic, messaging.partitions(), messaging.replicas())
                        .configs(Map.of("retention.ms", String.valueOf(messaging.retention().toMillis()),
                                "min.insync.replicas", String.valueOf(minInSync(messaging.replicas()))))),
                java.util.stream.Stream.of(personKeys(messaging)))
                .toArray(NewTopic[]::new));
    }

    /**
     * The person keys' topic keeps the last record of each registration only: once erasure has written its
     * tombstone, the key is compacted away within the hour (small segments, cleaned at once). The tombstone itself
     * stays as long as the events it makes unreadable, so that a consumer reading from the start learns that the
     * person was erased instead of waiting for their key.
     */
    static NewTopic personKeys(MessagingProperties messaging) {
        return new NewTopic(Topics.PERSON_KEYS, messaging.partitions(), messaging.replicas())
                .configs(Map.of("cleanup.policy", "compact",
                        "segment.ms", String.valueOf(Duration.ofMinutes(10).toMillis()),
                        "min.cleanable.dirty.ratio", "0.01",
                        "max.compaction.lag.ms", String.valueOf(Duration.ofMinutes(30).toMillis()),
                        "delete.retention.ms", String.valueOf(messaging.retention().toMillis()),
                        "min.insync.replicas", String.valueOf(minInSync(messaging.replicas()))));
    }

    /**
     * For {@link Topics#PERSON_KEYS}: values as text, so that a tombstone reaches the listener as {@code null};
     * a record that cannot be read is logged and skipped after a few tries (it holds nothing to replay).
     */
    @Bean
    ConcurrentKafkaListenerContainerFactory<String, String> personKeyListenerContainerFactory(
            KafkaProperties properties) {
        Map<String, Object> config = new HashMap<>(properties.buildConsumerProperties());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        var factory = new ConcurrentKafkaListenerContainerFactory<String, String>();
        factory.setConsumerFactory(new DefaultKafkaConsumerFactory<>(config, new StringDeserializer(),
                new StringDeserializer()));
        var handler = new DefaultErrorHandler(new FixedBackOff(1_000, 3));
        handler.setBackOffFunction((record, failure) -> storeAway(failure)
                ? new FixedBackOff(STORE_AWAY_RETRY.toMillis(), FixedBackOff.UNLIMITED_ATTEMPTS) : null);
        factory.setCommonErrorHandler(handler);
        return factory;
    }

    /**
     * How many replicas must have a record before it is acknowledged ({@code acks=all}): all but one, so that one
     * broker may be away without losing what was acknowledged (2 of 3), and 1 on a single broker.
     */
    static int minInSync(int replicas) {
        return Math.max(1, replicas - 1);
    }
}
