package org.nec.bench.perf;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The platform's figures against their targets, each beside the limit that bounds it measured in the same run
 * (see the README's benchmark section). Starts the platform from the built jars on free ports, or with
 * {@code --against <front door URL>} uses a running one. Exits 1 when a correctness check failed.
 *
 * <p>Usage: {@code PerfBench [all|limits|registrations|rush|confirmations|reminders|release|footprint] [--name value]...}
 */
public final class PerfBench {

    private PerfBench() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Path root = Path.of(System.getProperty("nec.root", ".")).toAbsolutePath().normalize();
        Report report = new Report();
        OwnPlatform platform = options.against() ? null : OwnPlatform.start(root);
        try {
            Target target = platform == null ? Target.running(options) : Target.of(platform.config);
            long idleMiB = 0;
            if (platform != null && options.runs("footprint")) {
                Thread.sleep(10_000);
                idleMiB = OwnPlatform.residentMiB();
                System.out.printf("[bench] ready in %.1f s, %,d MiB resident after 10 s idle%n", platform.readySeconds, idleMiB);
            }
            run(options, target, report);
            if (platform != null && options.runs("footprint")) {
                report.add(new Report.Row("Ready time from built jars / RSS idle / RSS after the load above",
                        String.format("%.1f s / %,d MiB / %,d MiB", platform.readySeconds, idleMiB, OwnPlatform.residentMiB()),
                        "≤ 10 s / ≤ 1 GiB / ≤ 1.5 GiB", "—", "—", "—"));
            }
        } finally {
            if (platform != null) {
                platform.close();
            }
        }
        report.print(System.out);
        System.exit(report.allChecksPassed() ? 0 : 1);
    }

    private static void run(Options options, Target target, Report report) throws Exception {
        String run = Long.toString(System.currentTimeMillis(), 36);
        Duration limitTime = Duration.ofSeconds(options.number("limit-seconds", 5));
        boolean all = options.runs("limits");
        Limits.Limit bare = all || options.runs("registrations") ? limit(report, Limits.bareHttp(limitTime)) : null;
        Limits.Limit inserts = all ? limit(report, Limits.storeInserts(target, limitTime)) : null;
        Limits.Limit hot = all || options.runs("rush") ? limit(report, Limits.storeHotUpdates(target, limitTime)) : null;
        Limits.Limit kafka = all || options.runs("confirmations") ? limit(report, KafkaLimit.measure(target, limitTime)) : null;
        Limits.Limit smtp = all || options.runs("confirmations") || options.runs("reminders") || options.runs("release")
                ? limit(report, Limits.smtp(target, limitTime)) : null;
        if (inserts == null && bare == null && hot == null && kafka == null && smtp == null) {
            System.out.println("[bench] no limit measured");
        }

        Http http = new Http(target.frontDoor(), target.organiserPassword());
        RegistrationFigures registrations = new RegistrationFigures(http, run);
        try (Deliveries deliveries = new Deliveries(target)) {
            Duration settle = Duration.ofSeconds(options.number("settle-seconds", 120));
            if (options.runs("registrations")) {
                int connections = options.number("connections", 64);
                Duration seconds = Duration.ofSeconds(options.number("seconds", 20));
                CpuUse before = CpuUse.now();
                report.add(registrations.throughput(connections, seconds, bare, "", ""));
                deliveries.awaitQuiet(settle);
                cpuPerRegistration(report, before, registrations.lastCreated());
                int preload = options.number("preload", 0);
                if (preload > 0) {
                    String label = String.format(", after %,d more stored registrations", preload);
                    try {
                        Duration took = Preload.registrations(target, registrations.someRegistration(), run, preload);
                        System.out.printf("[bench] %,d registrations stored in %.1f s%n", preload, took.toMillis() / 1000.0);
                        CpuUse warm = CpuUse.now();
                        report.add(registrations.throughput(connections, seconds, bare, "P", label));
                        deliveries.awaitQuiet(settle);
                        cpuPerRegistration(report, warm, registrations.lastCreated());
                    } catch (java.util.concurrent.ExecutionException | RuntimeException e) {
                        // the other figures still run: this one is reported as failed
                        report.add(new Report.Row("Registrations accepted per second" + label, "—", "—",
                                "FAIL: " + e, "—", "—"));
                    }
                }
            }
            if (options.runs("rush")) {
                report.add(registrations.rush(options.number("rush-connections", 200),
                        Duration.ofSeconds(options.number("rush-seconds", 10)), options.number("places", 500), hot));
                deliveries.awaitQuiet(settle);
            }
            if (options.runs("confirmations")) {
                ConfirmationLatency latency = new ConfirmationLatency(http, target, deliveries, run);
                String ticketType = registrations.ticketType("CONF", 100_000);
                double floor = kafka.p99Millis() + smtp.p99Millis();
                String describe = String.format("Kafka p99 %s + SMTP p99 %s", Stats.duration(kafka.p99Millis()),
                        Stats.duration(smtp.p99Millis()));
                for (String rate : options.value("rates", "50,200").split(",")) {
                    report.add(latency.at(Integer.parseInt(rate.trim()), Duration.ofSeconds(options.number("rate-seconds", 10)),
                            ticketType, floor, describe));
                    deliveries.awaitQuiet(settle);
                }
            }
            if (options.runs("reminders")) {
                report.add(new ReminderBurst(target, deliveries, run).measure(options.number("reminders", 3000),
                        options.number("mailboxes", 100), smtp));
                deliveries.awaitQuiet(settle);
            }
            if (options.runs("release")) {
                report.add(new ReleaseDigest(http, target, deliveries, registrations, run)
                        .measure(options.number("seated", 1000), smtp));
            }
        }
    }

    /**
     * What the registrations just measured cost in CPU, from their requests to their confirmations sent, by
     * component: the rate the machine's cores could carry at that cost is the figure's bound when nothing waits.
     */
    private static void cpuPerRegistration(Report report, CpuUse before, long registrations) {
        CpuUse after = CpuUse.now();
        if (!after.measured() || registrations == 0) {
            return;
        }
        var costs = after.perOperation(before, registrations);
        report.add(new Report.Row("Limit: CPU per registration, requests to confirmations sent (idle work included)",
                CpuUse.describe(costs), "—", "—", String.format("%d cores: at most %s",
                Runtime.getRuntime().availableProcessors(), Stats.rate(CpuUse.ceiling(costs))), "—"));
    }

    private static Limits.Limit limit(Report report, Limits.Limit limit) {
        report.add(new Report.Row("Limit: " + limit.name(), String.format("%s (p99 %s)", Stats.rate(limit.perSecond()),
                Stats.duration(limit.p99Millis())), "—", "—", "—", "—"));
        return limit;
    }
}
