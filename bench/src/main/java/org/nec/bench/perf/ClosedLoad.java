package org.nec.bench.perf;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BiConsumer;
import java.util.function.LongFunction;

/**
 * {@code connections} workers, each sending its next request as soon as the previous one is answered, for a
 * fixed time (as wrk does). Only answers received within the time count towards the rate.
 */
final class ClosedLoad {

    record Result(long answered, double perSecond, long p50Nanos, long p99Nanos, Map<Integer, Long> statuses,
                  long errors) {

        long status(int code) {
            return statuses.getOrDefault(code, 0L);
        }

        String summary() {
            return String.format("%s, p50 %s, p99 %s", Stats.rate(perSecond), Stats.duration(Stats.millis(p50Nanos)),
                    Stats.duration(Stats.millis(p99Nanos)));
        }
    }

    private ClosedLoad() {
    }

    /**
     * @param requests   the n-th request (n from 0)
     * @param onResponse sees each answer with its request number, from the worker threads
     */
    static Result run(Http http, int connections, Duration duration, long maxRequests, LongFunction<HttpRequest> requests,
                      BiConsumer<Long, HttpResponse<String>> onResponse) throws Exception {
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        AtomicLong sequence = new AtomicLong();
        Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
        LongAdder errors = new LongAdder();
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        try {
            List<Future<long[]>> workers = new ArrayList<>();
            for (int i = 0; i < connections; i++) {
                workers.add(pool.submit(() -> {
                    long[] latencies = new long[1024];
                    int count = 0;
                    long n;
                    while (System.nanoTime() < end && (n = sequence.getAndIncrement()) < maxRequests) {
                        long sent = System.nanoTime();
                        try {
                            HttpResponse<String> response = http.send(requests.apply(n));
                            long answered = System.nanoTime();
                            statuses.computeIfAbsent(response.statusCode(), c -> new LongAdder()).increment();
                            onResponse.accept(n, response);
                            if (answered <= end) {
                                if (count == latencies.length) {
                                    latencies = Arrays.copyOf(latencies, count * 2);
                                }
                                latencies[count++] = answered - sent;
                            }
                        } catch (java.io.IOException e) {
                            errors.increment();
                        }
                    }
                    return Arrays.copyOf(latencies, count);
                }));
            }
            List<long[]> all = new ArrayList<>();
            for (Future<long[]> worker : workers) {
                all.add(worker.get(duration.toSeconds() + 120, TimeUnit.SECONDS));
            }
            long[] sorted = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            double elapsedNanos = Math.min(System.nanoTime(), end) - start;
            Map<Integer, Long> codes = new TreeMap<>();
            statuses.forEach((code, adder) -> codes.put(code, adder.sum()));
            return new Result(sorted.length, sorted.length * 1e9 / elapsedNanos, Stats.percentile(sorted, 0.50),
                    Stats.percentile(sorted, 0.99), codes, errors.sum());
        } finally {
            pool.shutdownNow();
        }
    }
}
