package org.nec.localstack;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The whole platform on one machine, each component its own process: Kafka, the MongoDB-wire store, the mail
 * server, then the three services and the front door once the infrastructure answers. Each component's output
 * goes to its log file; the console gets a line per component as it becomes ready (everything with
 * {@code NEC_VERBOSE=true}). A component that fails to start stops everything; once the platform is ready, one
 * that dies is restarted (see {@link Restarts}).
 */
public final class LocalStack implements AutoCloseable {

    private static final Duration INFRA_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration KAFKA_TIMEOUT = Duration.ofSeconds(90);
    static final Duration SERVICE_TIMEOUT = Duration.ofSeconds(180);

    private final StackConfig config;
    private final PrintStream out;
    private final PlatformComponents components;
    private final Restarts restarts;
    private final List<Component> running = Collections.synchronizedList(new ArrayList<>());
    private final CountDownLatch ended = new CountDownLatch(1);
    private volatile Instant started = Instant.now();
    private volatile boolean ready;
    private volatile boolean stopping;
    private final AtomicReference<String> failure = new AtomicReference<>();

    public LocalStack(StackConfig config, PrintStream out) {
        this.config = config;
        this.out = out;
        this.components = new PlatformComponents(config, out, config.verbose());
        this.restarts = new Restarts(out, this);
    }

    public StackConfig config() {
        return config;
    }

    /** Starts every component and returns once all services report healthy; throws (all stopped) otherwise. */
    public void start() {
        started = Instant.now();
        try {
            components.checkCanStart();
            out.println("[nec] logs in " + display(components.logDir())
                    + (config.verbose() ? "" : " (NEC_VERBOSE=true shows them here)"));
            Component mongo = launch(components.mongo());
            Component mail = launch(components.mail());
            List<Component> kafka = components.kafka().stream().map(this::launch).toList();
            awaitReady(mongo, INFRA_TIMEOUT);
            awaitReady(mail, INFRA_TIMEOUT);
            // the services spend their first seconds building their context: let that overlap Kafka's start-up
            // (they wait for the broker when they create their topics)
            List<Component> services = new ArrayList<>(config.services().stream().map(components::service)
                    .map(this::launch).toList());
            services.add(launch(components.frontDoor(config.frontDoor())));
            // the nodes of a cluster elect their controller together: wait for them side by side
            CompletableFuture.allOf(kafka.stream()
                    .map(k -> CompletableFuture.runAsync(() -> awaitReady(k, KAFKA_TIMEOUT)))
                    .toArray(CompletableFuture[]::new)).join();
            CompletableFuture.allOf(services.stream()
                    .map(s -> CompletableFuture.runAsync(() -> awaitReady(s, SERVICE_TIMEOUT)))
                    .toArray(CompletableFuture[]::new)).join();
            ready = true;
        } catch (RuntimeException e) {
            Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
            close();
            throw cause instanceof RuntimeException re ? re : new IllegalStateException(cause);
        }
        out.printf("[nec] platform ready in %.1f s%n", seconds(started));
        summary().forEach(line -> out.println("[nec]   " + line));
    }

    /** Blocks until {@link #close()} is called (0) or the platform gave up on a component (1). */
    public int awaitTermination() throws InterruptedException {
        ended.await();
        return failure.get() == null ? 0 : 1;
    }

    /** The current process of the named component ({@code kafka-2}, {@code agenda-2}...), if it runs. */
    public java.util.Optional<ProcessHandle> process(String component) {
        synchronized (running) {
            return running.stream().filter(c -> c.name().equals(component)).findFirst()
                    .map(Component::current).filter(ChildProcess::isAlive).map(c -> c.process().toHandle());
        }
    }

    /** Why the platform stopped on its own; null while it runs or after a requested stop. */
    public String failure() {
        return failure.get();
    }

    /** Stops the services first, then the infrastructure they use. Idempotent; nothing restarts meanwhile. */
    @Override
    public synchronized void close() {
        stopping = true;
        restarts.close();
        List<Component> reversed;
        synchronized (running) {
            reversed = new ArrayList<>(running);
        }
        Collections.reverse(reversed);
        CompletableFuture.allOf(reversed.stream().filter(c -> !c.infrastructure())
                .map(c -> CompletableFuture.runAsync(c::stop)).toArray(CompletableFuture[]::new)).join();
        reversed.stream().filter(Component::infrastructure).forEach(Component::stop);
        reversed.forEach(c -> c.log().close());
        ended.countDown();
    }

    boolean isStopping() {
        return stopping;
    }

    /**
     * Stops everything because of {@code component}: says why, then its last log lines, prefixed with its name
     * (unless they were on the console already). Only the first failure counts.
     */
    void fail(Component component, String why) {
        if (stopping || !failure.compareAndSet(null, why)) {
            return;
        }
        out.println("[nec] " + why + "; stopping the platform");
        ComponentLog log = component.log();
        if (!log.echoes() && !log.tail().isEmpty()) {
            out.println("[nec] last lines of " + display(log.file()) + ":");
            log.tail().forEach(line -> out.println(log.prefixed(line)));
        }
        new Thread(this::close, "nec-stop").start();
    }

    /** Starts (again) the component's process and watches it; false when it must not start any more. */
    boolean launchAndWatch(Component component) {
        ChildProcess child = component.launch();
        if (child == null) {
            return false;
        }
        child.process().onExit().thenAccept(p -> exited(component, child, p.exitValue()));
        return true;
    }

    /** Waits until the component answers, bounded in time and while its process lives. */
    boolean answers(Component component, Duration timeout) {
        return Ports.await(component::answers, () -> component.isAlive() && !stopping, timeout);
    }

    private Component launch(Component component) {
        running.add(component);
        launchAndWatch(component);
        return component;
    }

    private void exited(Component component, ChildProcess child, int code) {
        if (stopping || component.isStopped()) {
            return;
        }
        String how = " with code " + code + (child.lastError() == null ? "" : " (" + child.lastError() + ")");
        if (ready) {
            restarts.crashed(component, component.name() + " exited" + how);
        } else {
            fail(component, component.name() + " exited unexpectedly" + how);
        }
    }

    private void awaitReady(Component component, Duration timeout) {
        if (answers(component, timeout)) {
            out.printf("[nec] %s ready (%.1f s)%n", component.name(), seconds(started));
            return;
        }
        if (failure.get() != null) {
            throw new IllegalStateException(failure.get());
        }
        String why = stopping ? "was stopped"
                : !component.isAlive() ? "exited" : "gave no answer within " + timeout.toSeconds() + " s";
        fail(component, component.name() + " did not become ready: it " + why);
        throw new IllegalStateException(component.name() + " did not become ready: it " + why);
    }

    /** The lines printed once everything is up, the front door first. */
    public List<String> summary() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%-13s %s  (pages, programme, sign-in at %s/admin)", "front door", config.publicUrl(),
                config.publicUrl()));
        config.services().forEach(s -> lines.add(String.format("%-13s %s", s.name(), s.url())));
        lines.add(String.format("%-13s %s", "kafka", config.kafkaBootstrapServers()));
        lines.add(String.format("%-13s mongodb://%s:%d", "mongodb", Ports.LOOPBACK, config.mongoPort()));
        lines.add(String.format("%-13s smtp %s:%d, imap %s:%d (login = password = recipient address)", "mail",
                Ports.LOOPBACK, config.smtpPort(), Ports.LOOPBACK, config.imapPort()));
        lines.add(String.format("%-13s organiser / %s%s", "login", config.organiserPassword(),
                config.passwordGenerated() ? " (generated, stored in .nec/organiser-password)" : ""));
        return lines;
    }

    Path stateDir() {
        return config.stateDir();
    }

    static double seconds(Instant since) {
        return Duration.between(since, Instant.now()).toMillis() / 1000.0;
    }

    /** A path under the project root as the organiser typed it ({@code .nec/logs}), any other in full. */
    private String display(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(config.root()) ? config.root().relativize(absolute).toString() : absolute.toString();
    }
}
