package org.nec.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class RestartPolicyTest {

    private static final Instant T0 = Instant.parse("2026-12-03T09:00:00Z");

    @Test
    void theBackOffDoublesFromOneSecond() {
        RestartPolicy policy = RestartPolicy.standard();

        List<Duration> delays = IntStream.range(0, 4)
                .mapToObj(i -> policy.crashed(T0.plusSeconds(i * 10L)))
                .map(RestartPolicy.Decision::delay).toList();

        assertThat(delays).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
                Duration.ofSeconds(8));
    }

    @Test
    void theFifthCrashWithinFiveMinutesGivesUp() {
        RestartPolicy policy = RestartPolicy.standard();
        IntStream.range(0, 4).forEach(i -> assertThat(policy.crashed(T0.plusSeconds(i * 60L)).restart()).isTrue());

        RestartPolicy.Decision fifth = policy.crashed(T0.plusSeconds(4 * 60 + 59));

        assertThat(fifth.restart()).isFalse();
        assertThat(fifth.crashes()).isEqualTo(5);
        assertThat(policy.rule()).isEqualTo("5 times within 5 min");
    }

    @Test
    void crashesOlderThanTheWindowNoLongerCountAndTheBackOffStartsOver() {
        RestartPolicy policy = RestartPolicy.standard();
        IntStream.range(0, 4).forEach(i -> policy.crashed(T0.plusSeconds(i)));

        RestartPolicy.Decision later = policy.crashed(T0.plusSeconds(3 + 5 * 60));

        assertThat(later.restart()).isTrue();
        assertThat(later.crashes()).isEqualTo(1);
        assertThat(later.delay()).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.describe(later)).isEqualTo("crash 1 of 5 in 5 min");
    }

    @Test
    void theBackOffIsCappedAtThirtySeconds() {
        RestartPolicy patient = new RestartPolicy(10, Duration.ofHours(1), Duration.ofSeconds(1),
                Duration.ofSeconds(30));

        List<Duration> delays = IntStream.range(0, 9).mapToObj(i -> patient.crashed(T0.plusSeconds(i)))
                .map(RestartPolicy.Decision::delay).toList();

        assertThat(delays).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
                Duration.ofSeconds(8), Duration.ofSeconds(16), Duration.ofSeconds(30), Duration.ofSeconds(30),
                Duration.ofSeconds(30), Duration.ofSeconds(30));
    }
}
