package org.nec.bench.drill;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;

/**
 * Watches the services' consumer groups once a second and keeps a line each time a group's members or their
 * partitions change: the rebalances the drill saw.
 */
final class ScaleRebalances implements AutoCloseable {

    static final List<String> GROUPS = List.of("registration-service", "agenda-service", "notification-service");

    private final Admin admin;
    private final Instant start;
    private final Map<String, String> last = new HashMap<>();
    final List<String> changes = Collections.synchronizedList(new ArrayList<>());
    private final Thread watcher;
    private volatile boolean running = true;

    ScaleRebalances(String bootstrapServers, Instant start) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000);
        this.admin = Admin.create(props);
        this.start = start;
        this.watcher = new Thread(this::watch, "scale-rebalances");
        watcher.setDaemon(true);
        watcher.start();
    }

    private void watch() {
        while (running) {
            try {
                Map<String, ConsumerGroupDescription> groups = admin.describeConsumerGroups(GROUPS).all()
                        .get(5, TimeUnit.SECONDS);
                groups.forEach(this::compare);
            } catch (Exception e) {
                // a broker may be away for a moment: the next poll tells
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** "3 members: 10.0.0.1/consumer-1 [registration.events-0,1] ..." — partitions per member, by client. */
    private void compare(String group, ConsumerGroupDescription description) {
        Map<String, String> members = new TreeMap<>();
        description.members().forEach(m -> members.put(m.clientId() + "@" + m.consumerId().substring(
                Math.max(0, m.consumerId().length() - 6)), m.assignment().topicPartitions().stream()
                .filter(tp -> !tp.topic().endsWith(".dlt"))
                .map(tp -> tp.topic().replace(".events", "") + "-" + tp.partition()).sorted()
                .collect(Collectors.joining(","))));
        String now = description.groupState() + ", " + members.size() + " members "
                + members.entrySet().stream().map(e -> e.getKey() + "[" + e.getValue() + "]")
                .collect(Collectors.joining(" "));
        if (!now.equals(last.put(group, now))) {
            changes.add(String.format("%6.1f s  %-21s %s", Duration.between(start, Instant.now()).toMillis() / 1000.0,
                    group, now));
        }
    }

    Admin admin() {
        return admin;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        watcher.interrupt();
        watcher.join(10_000);
        admin.close(Duration.ofSeconds(5));
    }
}
