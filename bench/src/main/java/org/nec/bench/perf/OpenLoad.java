package org.nec.bench.perf;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongFunction;

/**
 * Requests at a fixed rate whatever the answers' speed (an open load, as visitors arrive), each answer kept with
 * the instant it arrived.
 */
final class OpenLoad {

    record Answer(long n, Instant answeredAt, HttpResponse<String> response) {
    }

    private OpenLoad() {
    }

    static List<Answer> run(Http http, int perSecond, Duration duration, LongFunction<HttpRequest> requests)
            throws InterruptedException {
        long total = perSecond * duration.toSeconds();
        long interval = 1_000_000_000L / perSecond;
        List<Answer> answers = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicLong errors = new AtomicLong();
        // enough threads for every request of a few seconds to be in flight at once
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(400, perSecond * 4));
        long start = System.nanoTime();
        try {
            for (long n = 0; n < total; n++) {
                long due = start + n * interval;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                long number = n;
                pool.execute(() -> {
                    try {
                        HttpResponse<String> response = http.send(requests.apply(number));
                        answers.add(new Answer(number, Instant.now(), response));
                    } catch (java.io.IOException e) {
                        errors.incrementAndGet();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            }
            pool.shutdown();
            if (!pool.awaitTermination(120, TimeUnit.SECONDS)) {
                System.out.println("[bench] some requests were still unanswered after 120 s");
            }
        } finally {
            pool.shutdownNow();
        }
        if (errors.get() > 0) {
            System.out.printf("[bench] %d requests failed to connect%n", errors.get());
        }
        return new ArrayList<>(answers);
    }
}
