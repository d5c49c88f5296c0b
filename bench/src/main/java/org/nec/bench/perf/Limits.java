package org.nec.bench.perf;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.bson.Document;

/**
 * The limits each figure is bounded by, measured against the running platform's own store and mail server
 * (while the platform idles) and the bench's bare HTTP endpoint: each is what the component takes alone.
 */
final class Limits {

    /** Rate per second and the p99 of one operation, in milliseconds. */
    record Limit(String name, double perSecond, double p99Millis) {

        String describe() {
            return String.format("%s %s (p99 %s)", name, Stats.rate(perSecond), Stats.duration(p99Millis));
        }
    }

    private static final int CLIENTS = 16;

    private Limits() {
    }

    static Limit bareHttp(Duration duration) throws Exception {
        ClosedLoad.Result result = BareHttp.measure(64, duration);
        return new Limit("bare HTTP", result.perSecond(), Stats.millis(result.p99Nanos()));
    }

    static Limit storeInserts(Target target, Duration duration) throws Exception {
        try (MongoClient client = MongoClients.create(target.mongoUri())) {
            MongoCollection<Document> docs = client.getDatabase("benchlimits").getCollection("inserts");
            AtomicLong ids = new AtomicLong();
            String run = Long.toString(System.nanoTime(), 36);
            return timed("store inserts", CLIENTS, duration, () -> docs.insertOne(new Document("_id", run + "-" + ids.incrementAndGet())
                    .append("firstName", "Aïcha").append("lastName", "Martin").append("email", "aicha@example.org")
                    .append("organisation", "Coop des Communs").append("ticketType", "MEMBER").append("status", "CONFIRMED")));
        }
    }

    /** The rush's pattern: a conditional increment of one hot quota document. */
    static Limit storeHotUpdates(Target target, Duration duration) throws Exception {
        try (MongoClient client = MongoClients.create(target.mongoUri())) {
            MongoCollection<Document> quotas = client.getDatabase("benchlimits").getCollection("quotas");
            String id = "hot-" + System.nanoTime();
            quotas.insertOne(new Document("_id", id).append("taken", 0L));
            return timed("store hot updates", CLIENTS, duration, () -> quotas.findOneAndUpdate(Filters.and(
                    Filters.eq("_id", id), Filters.lt("taken", Long.MAX_VALUE)), Updates.inc("taken", 1L)));
        }
    }

    /** Mails of a confirmation's size over kept connections, one per client, to one mailbox. */
    static Limit smtp(Target target, Duration duration) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", target.mailHost());
        properties.put("mail.smtp.port", String.valueOf(target.smtpPort()));
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "20000");
        Session session = Session.getInstance(properties);
        String recipient = "limit-" + Long.toString(System.nanoTime(), 36) + "@example.org";
        String body = "Bonjour, votre inscription est confirmée. ".repeat(50);
        java.util.Set<Transport> opened = java.util.concurrent.ConcurrentHashMap.newKeySet();
        ThreadLocal<Transport> transports = ThreadLocal.withInitial(() -> {
            try {
                Transport transport = session.getTransport("smtp");
                transport.connect();
                opened.add(transport);
                return transport;
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            return timed("SMTP accept", 4, duration, () -> {
                try {
                    Transport transport = transports.get();
                    MimeMessage message = new MimeMessage(session);
                    message.setFrom(new InternetAddress("bench@example.org"));
                    message.setRecipient(Message.RecipientType.TO, new InternetAddress(recipient));
                    message.setSubject("NEC limit");
                    message.setText(body, "UTF-8");
                    message.saveChanges();
                    transport.sendMessage(message, message.getAllRecipients());
                } catch (jakarta.mail.MessagingException e) {
                    throw new IllegalStateException(e);
                }
            });
        } finally {
            for (Transport transport : opened) {
                transport.close();
            }
        }
    }

    /** {@code clients} threads repeating {@code operation} for a second of warm-up and then {@code duration}. */
    static Limit timed(String name, int clients, Duration duration, Runnable operation) throws Exception {
        long start = System.nanoTime() + 1_000_000_000L;
        long end = start + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<long[]>> workers = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                workers.add(pool.submit(() -> {
                    long[] latencies = new long[1024];
                    int count = 0;
                    for (long now = System.nanoTime(); now < end; now = System.nanoTime()) {
                        operation.run();
                        if (now >= start) {
                            if (count == latencies.length) {
                                latencies = Arrays.copyOf(latencies, count * 2);
                            }
                            latencies[count++] = System.nanoTime() - now;
                        }
                    }
                    return Arrays.copyOf(latencies, count);
                }));
            }
            List<long[]> all = new ArrayList<>();
            for (Future<long[]> worker : workers) {
                all.add(worker.get(duration.toSeconds() + 60, TimeUnit.SECONDS));
            }
            long[] sorted = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            return new Limit(name, sorted.length * 1e9 / duration.toNanos(), Stats.millis(Stats.percentile(sorted, 0.99)));
        } finally {
            pool.shutdownNow();
        }
    }
}
