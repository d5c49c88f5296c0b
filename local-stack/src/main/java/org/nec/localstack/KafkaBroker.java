package org.nec.localstack;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * A real Apache Kafka broker in KRaft mode (broker and controller in one process), started from Kafka's own jars
 * on this program's classpath: a single node, or one node of a cluster whose every node is a voter of the static
 * controller quorum ({@code controller.quorum.voters}), the internal topics replicated on up to three of them.
 * Its storage is formatted on first start and kept in {@code dir}, so a restart on the same directory keeps every
 * topic and offset.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

    private final int port;
    private final int controllerPort;
    private final Path dir;
    private final ComponentLog log;
    private final int nodeId;
    /** {@code 1@127.0.0.1:9093,2@...} for a cluster; null for a single node (dynamic quorum of one). */
    private final String voters;
    private final String clusterId;
    private final int replicas;
    private ChildProcess process;

    public KafkaBroker(int port, int controllerPort, Path dir, PrintStream out) {
        this(port, controllerPort, dir, ComponentLog.console("kafka", out));
    }

    public KafkaBroker(int port, int controllerPort, Path dir, ComponentLog log) {
        this(1, port, controllerPort, null, null, 1, dir, log);
    }

    /** Node {@code node} of {@code cluster}, formatted with the cluster's shared id. */
    public KafkaBroker(StackConfig.KafkaNode node, List<StackConfig.KafkaNode> cluster, String clusterId, Path dir,
                       ComponentLog log) {
        this(node.id(), node.port(), node.controllerPort(), cluster.stream()
                .map(n -> n.id() + "@" + Ports.LOOPBACK + ":" + n.controllerPort())
                .collect(java.util.stream.Collectors.joining(",")), clusterId, Math.min(3, cluster.size()), dir, log);
    }

    private KafkaBroker(int nodeId, int port, int controllerPort, String voters, String clusterId, int replicas,
                        Path dir, ComponentLog log) {
        this.nodeId = nodeId;
        this.port = port;
        this.controllerPort = controllerPort;
        this.voters = voters;
        this.clusterId = clusterId;
        this.replicas = replicas;
        this.dir = dir;
        this.log = log;
    }

    public String bootstrapServers() {
        return Ports.LOOPBACK + ":" + port;
    }

    public int port() {
        return port;
    }

    /** Starts the broker process and returns once it answers as a cluster member. */
    public KafkaBroker start() {
        launch();
        return awaitReady();
    }

    /** Starts the broker process without waiting for it; again on the same log dir once it has exited. */
    public synchronized KafkaBroker launch() {
        if (process != null && process.isAlive()) {
            return this;
        }
        Path config = writeConfig();
        formatStorageOnFirstStart(config);
        process = ChildProcess.startJava("kafka", JvmOptions.kafka(dir), List.of("-cp", classpath(),
                Supervised.class.getName(), String.valueOf(ProcessHandle.current().pid()), "kafka.Kafka",
                config.toString()), Map.of(), dir, log);
        return this;
    }

    /** Waits until the launched broker answers as a cluster member; stops it if it does not. */
    public KafkaBroker awaitReady() {
        if (!Ports.await(this::answers, process::isAlive, READY_TIMEOUT)) {
            stop();
            throw new IllegalStateException("Kafka did not become ready on " + bootstrapServers());
        }
        return this;
    }

    public ChildProcess process() {
        return process;
    }

    /** Stops the broker cleanly (SIGTERM); the data directory stays for the next start. */
    public synchronized void stop() {
        if (process != null) {
            process.stop();
        }
    }

    @Override
    public void close() {
        stop();
    }

    /** Whether the broker answers as a cluster member right now. */
    boolean answers() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
        if (!Ports.isListening(port)) {
            return false;
        }
        try (Admin admin = Admin.create(props)) {
            return !admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty();
        } catch (Exception e) {
            return false;
        }
    }

    private Path writeConfig() {
        String controller = Ports.LOOPBACK + ":" + controllerPort;
        // acknowledged (acks=all) once on all but one replica, so one broker may be away
        int minInSync = Math.max(1, replicas - 1);
        String properties = String.join("\n",
                "process.roles=broker,controller",
                "node.id=" + nodeId,
                voters == null ? "controller.quorum.bootstrap.servers=" + controller
                        : "controller.quorum.voters=" + voters,
                "listeners=PLAINTEXT://" + bootstrapServers() + ",CONTROLLER://" + controller,
                "advertised.listeners=PLAINTEXT://" + bootstrapServers(),
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
                "log.dirs=" + dir.resolve("data").toAbsolutePath(),
                "num.partitions=3",
                "auto.create.topics.enable=false",
                "default.replication.factor=" + replicas,
                "min.insync.replicas=" + minInSync,
                "offsets.topic.replication.factor=" + replicas,
                "offsets.topic.num.partitions=6",
                "transaction.state.log.replication.factor=" + replicas,
                "transaction.state.log.min.isr=" + minInSync,
                "transaction.state.log.num.partitions=3",
                "share.coordinator.state.topic.replication.factor=" + replicas,
                "share.coordinator.state.topic.min.isr=" + minInSync,
                "group.initial.rebalance.delay.ms=0",
                // the cleaner's default 128 MiB dedupe buffer does not fit the small heap of a local broker
                "log.cleaner.dedupe.buffer.size=16777216",
                "log.cleaner.threads=1",
                "");
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve("server.properties");
            Files.writeString(file, properties);
            return file;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write Kafka configuration in " + dir, e);
        }
    }

    /** A single node forms a quorum of itself; a cluster's nodes share its id and know their voters already. */
    private void formatStorageOnFirstStart(Path config) {
        if (Files.exists(dir.resolve("data").resolve("meta.properties"))) {
            return;
        }
        List<String> arguments = new java.util.ArrayList<>(List.of("-cp", classpath(), "kafka.tools.StorageTool",
                "format", "-t", clusterId == null ? Uuid.randomUuid().toString() : clusterId, "-c",
                config.toString()));
        if (voters == null) {
            arguments.add(4, "--standalone");
        }
        int exit = ChildProcess.runJava("kafka-format", JvmOptions.infrastructure(dir), arguments, dir, log,
                Duration.ofSeconds(60));
        if (exit != 0) {
            throw new IllegalStateException("Formatting Kafka storage in " + dir + " failed with exit code " + exit);
        }
    }

    private static String classpath() {
        return ChildProcess.classpath();
    }
}
