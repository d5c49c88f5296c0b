package org.nec.platform.work;

import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.nec.platform.logging.PersonalData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * A background worker that runs rounds of work on its own thread: again at once while a round says there is
 * more, otherwise on {@link #wake()} or once {@link #untilNextRound()} has passed, and with a growing back-off while
 * rounds fail (a broker or mail server away). Wakes that come while a round runs are coalesced into one next round.
 * It stops with the application context.
 */
public abstract class PollingWorker implements SmartLifecycle {

    private final Logger log = LoggerFactory.getLogger(getClass());
    private final String name;
    private final Duration pollInterval;
    private final Duration maxBackOff;
    private final LinkedBlockingQueue<Boolean> wakeUps = new LinkedBlockingQueue<>();
    private volatile Thread worker;
    private volatile boolean failing;

    protected PollingWorker(String name, Duration pollInterval, Duration maxBackOff) {
        this.name = name;
        this.pollInterval = pollInterval;
        this.maxBackOff = maxBackOff;
    }

    /**
     * One round of work.
     *
     * @return whether there is more to do right away
     */
    protected abstract boolean runOnce() throws InterruptedException;

    /** Asks for a round now instead of at the next poll. */
    public void wake() {
        wakeUps.offer(Boolean.TRUE);
    }

    /**
     * How long to wait for a wake-up before the next round: the poll interval unless the worker knows better (the
     * next message falls due sooner, say). The poll is the safety net for work nobody announced.
     */
    protected Duration untilNextRound() {
        return pollInterval;
    }

    private void run() {
        Duration backOff = Duration.ZERO;
        while (worker == Thread.currentThread()) {
            try {
                long wait = backOff.isZero() ? Math.max(0, untilNextRound().toMillis()) : backOff.toMillis();
                wakeUps.poll(wait, TimeUnit.MILLISECONDS);
                wakeUps.clear();
                while (runOnce() && worker == Thread.currentThread()) {
                    // more work is waiting
                }
                if (failing) {
                    log.info("{} works again", name);
                    failing = false;
                }
                backOff = Duration.ZERO;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (!failing) {
                    log.warn("{} failed, will keep trying: {}", name, PersonalData.masked(e.getMessage()));
                    failing = true;
                }
                Duration next = backOff.isZero() ? Duration.ofMillis(250) : backOff.multipliedBy(2);
                backOff = next.compareTo(maxBackOff) > 0 ? maxBackOff : next;
            }
        }
    }

    @Override
    public void start() {
        Thread thread = new Thread(this::run, name);
        thread.setDaemon(true);
        worker = thread;
        thread.start();
    }

    @Override
    public void stop() {
        Thread thread = worker;
        worker = null;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(Duration.ofSeconds(20).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return worker != null;
    }

    /**
     * Lower than the Kafka listener containers' phase ({@code Integer.MAX_VALUE - 100}): starts before them and stops
     * after them. The Kafka producer a pass may use is closed only when the context is destroyed, after every phase.
     */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1000;
    }
}
