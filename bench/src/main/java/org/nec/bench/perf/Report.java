package org.nec.bench.perf;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The table the suite prints: each figure with its target, the correctness checks made while measuring, the
 * limit that bounds it as measured in the same run, and the share of that limit reached (figure ÷ limit for a
 * rate, limit's time ÷ measured time for a duration: 100% means the platform costs nothing on top of the limit).
 */
final class Report {

    record Row(String figure, String measured, String target, String checks, String limit, String share) {
    }

    private final List<Row> rows = new ArrayList<>();

    void add(Row row) {
        rows.add(row);
        System.out.printf("[bench] %s: %s (target %s; %s; limit %s; share %s)%n", row.figure(), row.measured(),
                row.target(), row.checks(), row.limit(), row.share());
    }

    boolean allChecksPassed() {
        return rows.stream().noneMatch(row -> row.checks().contains("FAIL"));
    }

    /** Share of a rate limit reached. */
    static String share(double measured, double limit) {
        return limit <= 0 ? "—" : String.format("%.1f%%", 100 * measured / limit);
    }

    /** Share for a duration: how close the measured time comes to the time the limit alone needs. */
    static String shareOfTime(double limitMillis, double measuredMillis) {
        return limitMillis <= 0 || measuredMillis <= 0 ? "—" : String.format("%.1f%%", 100 * limitMillis / measuredMillis);
    }

    void print(PrintStream out) {
        out.println();
        out.println("| Figure | Measured | Target | Checks | Bounded by (same run) | Share of limit |");
        out.println("|---|---|---|---|---|---|");
        rows.forEach(r -> out.printf("| %s | %s | %s | %s | %s | %s |%n", r.figure(), r.measured(), r.target(),
                r.checks(), r.limit(), r.share()));
    }
}
