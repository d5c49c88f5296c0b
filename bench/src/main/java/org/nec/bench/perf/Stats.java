package org.nec.bench.perf;

import java.util.Arrays;
import java.util.Collection;

/** Percentiles of latencies kept in nanoseconds or milliseconds, whichever the caller uses. */
final class Stats {

    private Stats() {
    }

    static long[] sorted(Collection<Long> values) {
        long[] array = values.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(array);
        return array;
    }

    /** The value below which {@code quantile} of the sorted values lie (nearest rank); 0 for none. */
    static long percentile(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    static long max(long[] sorted) {
        return sorted.length == 0 ? 0 : sorted[sorted.length - 1];
    }

    static double millis(long nanos) {
        return nanos / 1e6;
    }

    /** "1,234/s"-style figures for the table. */
    static String rate(double perSecond) {
        return String.format("%,.0f/s", perSecond);
    }

    static String duration(double millis) {
        return millis >= 10_000 ? String.format("%.1f s", millis / 1000) : millis >= 1000
                ? String.format("%.2f s", millis / 1000) : String.format("%.0f ms", millis);
    }
}
