package org.nec.localstack;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

/**
 * The whole platform on one machine, each component its own process: Kafka, the MongoDB-wire store, the mail
 * server, then the three services once the infrastructure answers. If any component fails to start or dies,
 * everything is stopped.
 */
public final class LocalStack implements AutoCloseable {

    private static final Duration INFRA_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration SERVICE_TIMEOUT = Duration.ofSeconds(180);

    private final StackConfig config;
    private final PrintStream out;
    private final KafkaBroker kafka;
    private final List<ChildProcess> children = new ArrayList<>();
    private final CountDownLatch ended = new CountDownLatch(1);
    private volatile boolean stopping;
    private volatile String failure;

    public LocalStack(StackConfig config, PrintStream out) {
        this.config = config;
        this.out = out;
        this.kafka = new KafkaBroker(config.kafkaPort(), config.kafkaControllerPort(),
                config.stateDir().resolve("kafka"), out);
    }

    public StackConfig config() {
        return config;
    }

    /** Starts every component and returns once all services report healthy; throws (all stopped) otherwise. */
    public void start() {
        try {
            checkPrerequisites();
            ChildProcess mongo = startInfrastructure("mongo", MongoStore.class,
                    List.of(String.valueOf(config.mongoPort()),
                            config.stateDir().resolve("mongo/store.mv").toAbsolutePath().toString()), "512m");
            ChildProcess mail = startInfrastructure("mail", MailServer.class,
                    List.of(String.valueOf(config.smtpPort()), String.valueOf(config.imapPort())), "1g");
            kafka.launch();
            watch(kafka.process());
            awaitPort(mongo, config.mongoPort());
            awaitPort(mail, config.smtpPort());
            awaitPort(mail, config.imapPort());
            // the services spend their first seconds building their context: let that overlap Kafka's start-up
            // (they wait for the broker when they create their topics)
            List<ServiceSpec> services = new ArrayList<>(config.services());
            List<ChildProcess> started = new ArrayList<>(services.stream().map(this::startService).toList());
            services.add(config.frontDoor());
            started.add(startFrontDoor(config.frontDoor()));
            kafka.awaitReady();
            List<CompletableFuture<Void>> health = new ArrayList<>();
            for (int i = 0; i < services.size(); i++) {
                ServiceSpec service = services.get(i);
                ChildProcess child = started.get(i);
                health.add(CompletableFuture.runAsync(() -> awaitHealthy(service, child)));
            }
            CompletableFuture.allOf(health.toArray(CompletableFuture[]::new)).join();
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() != null && e instanceof java.util.concurrent.CompletionException
                    ? e.getCause() : e;
            close();
            throw cause instanceof RuntimeException re ? re : new IllegalStateException(cause);
        }
    }

    /** Blocks until {@link #close()} is called (0) or a component dies on its own (1). */
    public int awaitTermination() throws InterruptedException {
        ended.await();
        return failure == null ? 0 : 1;
    }

    public String failure() {
        return failure;
    }

    /** Stops the services first, then the infrastructure they use. Idempotent. */
    @Override
    public synchronized void close() {
        stopping = true;
        List<ChildProcess> services;
        synchronized (children) {
            services = new ArrayList<>(children);
        }
        List<ChildProcess> reversed = new ArrayList<>(services);
        java.util.Collections.reverse(reversed);
        List<CompletableFuture<Void>> stops = new ArrayList<>();
        reversed.stream().filter(c -> !isInfrastructure(c))
                .forEach(c -> stops.add(CompletableFuture.runAsync(c::stop)));
        CompletableFuture.allOf(stops.toArray(CompletableFuture[]::new)).join();
        kafka.stop();
        reversed.stream().filter(LocalStack::isInfrastructure).forEach(ChildProcess::stop);
        ended.countDown();
    }

    private static boolean isInfrastructure(ChildProcess child) {
        return List.of("kafka", "mongo", "mail").contains(child.name());
    }

    private void checkPrerequisites() {
        List<ServiceSpec> all = new ArrayList<>(config.services());
        all.add(config.frontDoor());
        for (ServiceSpec service : all) {
            if (!Files.isRegularFile(service.jar())) {
                throw new IllegalStateException("Missing " + service.jar() + ": build it first (./mvnw package)");
            }
        }
        Map<String, Integer> ports = new HashMap<>(Map.of("kafka", config.kafkaPort(), "kafka controller",
                config.kafkaControllerPort(), "mongo", config.mongoPort(), "smtp", config.smtpPort(), "imap",
                config.imapPort()));
        all.forEach(s -> ports.put(s.name(), s.port()));
        ports.forEach((name, port) -> {
            if (Ports.isListening(port)) {
                throw new IllegalStateException("Port " + port + " (" + name + ") is already in use: is the "
                        + "platform already running?");
            }
        });
    }

    private ChildProcess startInfrastructure(String name, Class<?> main, List<String> args, String maxHeap) {
        List<String> arguments = new ArrayList<>(List.of("-cp", ChildProcess.classpath(),
                Supervised.class.getName(), String.valueOf(ProcessHandle.current().pid()), main.getName()));
        arguments.addAll(args);
        ChildProcess child = ChildProcess.startJava(name, JvmOptions.infrastructure(config.stateDir(), maxHeap),
                arguments,
                Map.of(), config.root(), out);
        watch(child);
        return child;
    }

    private ChildProcess startService(ServiceSpec service) {
        Map<String, String> env = new HashMap<>(config.settings());
        env.put("SERVER_PORT", String.valueOf(service.port()));
        env.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", config.kafkaBootstrapServers());
        env.put("SPRING_MONGODB_URI", "mongodb://" + Ports.LOOPBACK + ":" + config.mongoPort() + "/"
                + service.database());
        env.put("SPRING_MAIL_HOST", Ports.LOOPBACK);
        env.put("SPRING_MAIL_PORT", String.valueOf(config.smtpPort()));
        env.put(StackConfig.ORGANISER_PASSWORD_ENV, config.organiserPassword());
        env.put("NEC_PUBLIC_URL", config.publicUrl());
        List<String> arguments = List.of("-jar", service.jar().toString());
        ChildProcess child = ChildProcess.startJava(service.name(), JvmOptions.service(), arguments, env,
                config.root(), out);
        watch(child);
        return child;
    }

    /** The front door routes to the services and signs people in; it needs none of the infrastructure. */
    private ChildProcess startFrontDoor(ServiceSpec frontDoor) {
        Map<String, String> env = new HashMap<>(config.settings());
        env.put("SERVER_PORT", String.valueOf(frontDoor.port()));
        env.put(StackConfig.ORGANISER_PASSWORD_ENV, config.organiserPassword());
        env.put("NEC_REGISTRATION_URL", config.service("registration").url());
        env.put("NEC_AGENDA_URL", config.service("agenda").url());
        env.put("NEC_NOTIFICATION_URL", config.service("notification").url());
        ChildProcess child = ChildProcess.startJava(frontDoor.name(), JvmOptions.service(),
                List.of("-jar", frontDoor.jar().toString()), env, config.root(), out);
        watch(child);
        return child;
    }

    private void watch(ChildProcess child) {
        synchronized (children) {
            children.add(child);
        }
        child.process().onExit().thenAccept(p -> {
            if (!stopping) {
                failure = child.name() + " exited unexpectedly with code " + p.exitValue()
                        + (child.lastError() == null ? "" : " (" + child.lastError() + ")");
                out.println("[nec] " + failure + "; stopping the platform");
                Thread stopper = new Thread(this::close, "nec-stop");
                stopper.start();
            }
        });
    }

    private void awaitPort(ChildProcess child, int port) {
        if (!Ports.await(() -> Ports.isListening(port), child::isAlive, INFRA_TIMEOUT)) {
            throw new IllegalStateException(child.name() + " did not listen on port " + port);
        }
    }

    private void awaitHealthy(ServiceSpec service, ChildProcess child) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(service.url() + "/actuator/health"))
                .timeout(Duration.ofSeconds(3)).build();
        boolean healthy = Ports.await(() -> {
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                return response.statusCode() == 200 && response.body().contains("\"UP\"");
            } catch (java.io.IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }, () -> child.isAlive() && !stopping, SERVICE_TIMEOUT);
        if (!healthy) {
            String why = failure != null ? "was stopped: " + failure
                    : !child.isAlive() ? "exited with code " + child.process().exitValue()
                            + (child.lastError() == null ? "" : " (" + child.lastError() + ")")
                    : stopping ? "was stopped" : "gave no healthy answer within " + SERVICE_TIMEOUT.toSeconds() + " s";
            throw new IllegalStateException(service.label() + " did not report healthy: it " + why);
        }
    }

    /** The lines printed once everything is up. */
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
}
