package org.nec.websecurity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private final MovableClock clock = new MovableClock();
    private final SignInThrottle throttle = new SignInThrottle(SignInThrottle.Policy.standard(), clock);

    @Test
    void fiveFailuresWithinFifteenMinutesLockTheAccountAndTheAddressForOneMinute() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("organiser", "203.0.113.7");
            clock.advance(Duration.ofMinutes(3));
        }
        assertThat(throttle.isLocked("organiser", "203.0.113.7")).isFalse();

        throttle.failed("organiser", "203.0.113.7");

        assertThat(throttle.isLocked("organiser", "203.0.113.7")).isTrue();
        assertThat(throttle.isLocked("organiser", "198.51.100.1")).as("the account, from elsewhere").isTrue();
        assertThat(throttle.isLocked("volunteer", "203.0.113.7")).as("the address, for another account").isTrue();
        clock.advance(Duration.ofSeconds(59));
        assertThat(throttle.isLocked("organiser", "203.0.113.7")).isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.isLocked("organiser", "203.0.113.7")).isFalse();
    }

    @Test
    void failuresSpreadOverMoreThanTheWindowLockNothing() {
        for (int i = 0; i < 10; i++) {
            throttle.failed("organiser", "203.0.113.7");
            clock.advance(Duration.ofMinutes(4));
        }

        assertThat(throttle.isLocked("organiser", "203.0.113.7")).isFalse();
    }

    @Test
    void eachFailureAfterALockLocksTwiceAsLongUpToFifteenMinutes() {
        failTimes(5, "organiser", "203.0.113.7");
        Duration lock = locksFor("organiser", "203.0.113.7");
        assertThat(lock).isEqualTo(Duration.ofMinutes(1));
        for (int minutes : new int[] {2, 4, 8, 15, 15}) {
            clock.advance(lock);
            throttle.failed("organiser", "203.0.113.7");
            lock = locksFor("organiser", "203.0.113.7");
            assertThat(lock).isEqualTo(Duration.ofMinutes(minutes));
        }
    }

    @Test
    void aSuccessClearsTheCountsOfItsAccountAndAddress() {
        failTimes(4, "organiser", "203.0.113.7");

        throttle.succeeded("organiser", "203.0.113.7");
        failTimes(4, "organiser", "203.0.113.7");

        assertThat(throttle.isLocked("organiser", "203.0.113.7")).isFalse();
        throttle.failed("organiser", "203.0.113.7");
        assertThat(throttle.isLocked("organiser", "203.0.113.7")).isTrue();
    }

    @Test
    void anAddressThatSignedInBeforeIsNotShutOutBySomeoneElseLockingTheAccount() {
        throttle.succeeded("organiser", "192.0.2.10");

        failTimes(5, "organiser", "203.0.113.7");

        assertThat(throttle.isLocked("organiser", "203.0.113.7")).isTrue();
        assertThat(throttle.isLocked("organiser", "198.51.100.1")).isTrue();
        assertThat(throttle.isLocked("organiser", "192.0.2.10")).isFalse();
    }

    @Test
    void aLockIsForgottenOnceAWholeWindowPassedAfterIt() {
        failTimes(5, "organiser", "203.0.113.7");

        clock.advance(Duration.ofMinutes(16));
        throttle.failed("organiser", "203.0.113.7");

        assertThat(throttle.isLocked("organiser", "203.0.113.7")).as("counting starts again").isFalse();
    }

    @Test
    void manyGuessedNamesAndAddressesKeepABoundedMemory() {
        SignInThrottle small = new SignInThrottle(new SignInThrottle.Policy(5, Duration.ofMinutes(15),
                Duration.ofMinutes(1), Duration.ofMinutes(15), 100), clock);

        for (int i = 0; i < 1_000; i++) {
            small.failed("name-" + i, "10.0.0." + i);
        }

        assertThat(small.tracked()).isEqualTo(100);
    }

    private void failTimes(int times, String account, String address) {
        for (int i = 0; i < times; i++) {
            throttle.failed(account, address);
        }
    }

    /** How long the current lock still holds, to the minute. */
    private Duration locksFor(String account, String address) {
        Instant start = clock.instant();
        Duration held = Duration.ZERO;
        for (int minute = 0; minute < 60 && throttle.isLocked(account, address); minute++) {
            clock.advance(Duration.ofMinutes(1));
            held = held.plusMinutes(1);
        }
        clock.set(start);
        return held;
    }

    static final class MovableClock extends Clock {

        private Instant now = Instant.parse("2026-11-26T09:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
