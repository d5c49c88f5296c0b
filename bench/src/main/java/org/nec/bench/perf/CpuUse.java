package org.nec.bench.perf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * CPU time used by each of the platform's processes (those the bench started), read from {@code /proc}: what one
 * operation costs each component, and so how many operations per second the machine's cores can carry at most.
 */
final class CpuUse {

    /** Linux's {@code USER_HZ}: {@code /proc/<pid>/stat} counts CPU time in hundredths of a second. */
    private static final double TICKS_PER_SECOND = 100.0;

    private final Map<String, Long> ticksByComponent;

    private CpuUse(Map<String, Long> ticksByComponent) {
        this.ticksByComponent = ticksByComponent;
    }

    /** The CPU time each component has used so far; empty when the bench did not start the platform. */
    static CpuUse now() {
        Map<String, Long> ticks = new TreeMap<>();
        ProcessHandle.current().descendants().forEach(process -> {
            try {
                String stat = Files.readString(Path.of("/proc/" + process.pid() + "/stat"));
                // the fields after the command name, which is in parentheses and may hold spaces
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                long used = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
                ticks.merge(component(process), used, Long::sum);
            } catch (IOException | RuntimeException gone) {
                // the process ended meanwhile
            }
        });
        return new CpuUse(ticks);
    }

    boolean measured() {
        return !ticksByComponent.isEmpty();
    }

    /** Milliseconds of CPU per operation between {@code before} and this, by component, largest first. */
    Map<String, Double> perOperation(CpuUse before, long operations) {
        Map<String, Double> costs = new LinkedHashMap<>();
        ticksByComponent.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), (e.getValue() - before.ticksByComponent.getOrDefault(e.getKey(), 0L))
                        * 1000.0 / TICKS_PER_SECOND / Math.max(1, operations)))
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> costs.put(e.getKey(), e.getValue()));
        return costs;
    }

    static String describe(Map<String, Double> costs) {
        double total = costs.values().stream().mapToDouble(Double::doubleValue).sum();
        return String.format("%.1f ms of CPU per registration (%s)", total, costs.entrySet().stream()
                .map(e -> String.format("%s %.1f", e.getKey(), e.getValue())).collect(Collectors.joining(", ")));
    }

    /** The operations per second the machine's cores could carry at that cost, with nothing else running. */
    static double ceiling(Map<String, Double> costs) {
        double total = costs.values().stream().mapToDouble(Double::doubleValue).sum();
        return total == 0 ? 0 : Runtime.getRuntime().availableProcessors() * 1000.0 / total;
    }

    private static String component(ProcessHandle process) throws IOException {
        // the whole command line: ProcessHandle.Info cuts long ones (class paths) short
        String command = Files.readString(Path.of("/proc/" + process.pid() + "/cmdline")).replace('\0', ' ');
        for (String service : new String[] {"registration", "agenda", "notification", "gateway"}) {
            if (command.contains(service + "-service-exec.jar") || command.contains(service + "-exec.jar")) {
                return service;
            }
        }
        if (command.contains("MongoStore")) {
            return "store";
        }
        if (command.contains("kafka.Kafka")) {
            return "kafka";
        }
        if (command.contains("MailServer")) {
            return "mail";
        }
        return "other";
    }
}
