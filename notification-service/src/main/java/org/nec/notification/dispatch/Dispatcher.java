package org.nec.notification.dispatch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.nec.notification.message.DeliveryLog;
import org.nec.notification.message.Notification;
import org.nec.notification.message.NotificationProperties;
import org.nec.notification.message.Notifications;
import org.nec.platform.logging.PersonalData;
import org.nec.platform.work.PollingWorker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends due messages: claims a batch (each with a lease, so other instances skip them), has each written in the
 * recipient's language and sends the batch over a few SMTP connections, recording each message as SENT (or its
 * failed attempt) as soon as the mail server answered it. It wakes when the due index knows of a message falling
 * due sooner, and looks through the log every poll interval as the safety net.
 */
@Component
public class Dispatcher extends PollingWorker {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

    /** Below this, one connection sends the whole batch. */
    private static final int MIN_PER_CONNECTION = 25;
    /** Longest wait between rounds while the mail server or the store does not answer. */
    private static final Duration MAX_BACK_OFF = Duration.ofSeconds(10);

    static {
        // jakarta.mail looks its stream provider up through the ServiceLoader for every body part it creates or
        // writes (jakartaee/mail-api#861), reading every jar's service files: most of the time a burst of mail
        // took. Naming the provider makes it one class lookup.
        if (System.getProperty("jakarta.mail.util.StreamProvider") == null) {
            System.setProperty("jakarta.mail.util.StreamProvider", "org.eclipse.angus.mail.util.MailStreamProvider");
        }
    }

    private final String owner = "dispatcher-" + UUID.randomUUID();
    private final Notifications notifications;
    private final DeliveryLog deliveryLog;
    private final Delivery delivery;
    private final NotificationProperties properties;
    private final SessionDetails sessions;
    private final ExecutorService senders;
    private final Clock clock;
    private final DueMessages due;
    private volatile boolean stopping;
    private volatile long lastSweep;

    Dispatcher(Notifications notifications, DeliveryLog deliveryLog, Delivery delivery,
               NotificationProperties properties, SessionDetails sessions, Clock clock, DueMessages due) {
        super("notification-dispatcher", properties.pollInterval(), MAX_BACK_OFF);
        this.due = due;
        // the first round looks through the log at once: what fell due while the service was down goes out first
        this.lastSweep = System.nanoTime() - properties.pollInterval().toNanos();
        due.onSooner(this::wake);
        this.notifications = notifications;
        this.deliveryLog = deliveryLog;
        this.delivery = delivery;
        this.properties = properties;
        this.sessions = sessions;
        this.clock = clock;
        this.senders = Executors.newFixedThreadPool(properties.connections(), task -> {
            Thread thread = new Thread(task, "notification-sender");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Lets the parts being sent finish (each stops at its next chunk), before the store closes. */
    @jakarta.annotation.PreDestroy
    void closeConnections() throws InterruptedException {
        stopping = true;
        senders.shutdown();
        if (!senders.awaitTermination(properties.lease().toMillis() / 2, TimeUnit.MILLISECONDS)) {
            log.warn("Mail still being sent at shutdown: it is sent again once its lease has expired");
        }
    }

    @Override
    public void stop() {
        stopping = true;
        super.stop();
    }

    @Override
    public void start() {
        stopping = false;
        super.start();
    }

    /** Until the soonest known message falls due, or the next look through the log (the safety net). */
    @Override
    protected Duration untilNextRound() {
        Duration toSweep = properties.pollInterval().minusNanos(System.nanoTime() - lastSweep);
        if (due.sweepAsked() || toSweep.isNegative()) {
            return Duration.ZERO;
        }
        return due.next().map(next -> Duration.between(clock.instant(), next))
                .filter(toNext -> toNext.compareTo(toSweep) < 0)
                .map(toNext -> toNext.isNegative() ? Duration.ZERO : toNext).orElse(toSweep);
    }

    @Override
    protected boolean runOnce() throws InterruptedException {
        if (due.sweepAsked() || System.nanoTime() - lastSweep >= properties.pollInterval().toNanos()) {
            lastSweep = System.nanoTime();
            due.sweep(deliveryLog::scheduledBy);
        }
        Instant claimedAt = clock.instant();
        List<Notification> claimed = notifications.claimDue(owner, properties.batchSize());
        if (claimed.isEmpty()) {
            return false;
        }
        SessionDetails.Snapshot snapshot = sessions.read(claimed);
        // the batch is shared out over several SMTP connections, each sending its part chunk by chunk
        int parts = Math.max(1, Math.min(properties.connections(), claimed.size() / MIN_PER_CONNECTION));
        List<Future<?>> sending = new ArrayList<>();
        for (int part = 0; part < parts; part++) {
            List<Notification> share = claimed.subList(claimed.size() * part / parts,
                    claimed.size() * (part + 1) / parts);
            sending.add(senders.submit(() -> delivery.send(share, snapshot, claimedAt, owner, () -> stopping)));
        }
        // the parts run to their end even when the worker is asked to stop: they give back what they did not send,
        // and every outcome is recorded while the store is still there
        boolean interrupted = false;
        for (Future<?> part : sending) {
            while (true) {
                try {
                    part.get();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                    stopping = true;
                } catch (ExecutionException e) {
                    // each part records its own outcomes; what it could not record is sent again after the lease
                    log.error("A part of the batch failed", PersonalData.masked(e.getCause()));
                    break;
                }
            }
        }
        if (interrupted) {
            throw new InterruptedException("stopping");
        }
        return claimed.size() >= properties.batchSize();
    }
}
