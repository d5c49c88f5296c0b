package org.nec.websecurity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Failed sign-ins counted per account and per client address (ASVS 5.0, V6.3.1). After
 * {@code maxFailures} failures within {@code window}, the account and the address are locked for
 * {@code firstLock}; each further failure once a lock is over locks again for twice as long, up to
 * {@code longestLock}. A key is forgotten after a lock has run out and a whole {@code window} passed without a
 * failure. A success clears the account's and the address's counts.
 * <p>
 * An address that has signed in to an account is not held back by that account's lock, only by its own: someone
 * failing on purpose elsewhere cannot shut the organiser out of a browser already known to work.
 * At most {@code maxTracked} keys are kept; the oldest are dropped beyond that, so guessing many names or
 * addresses cannot fill the memory.
 */
public final class SignInThrottle {

    public record Policy(int maxFailures, Duration window, Duration firstLock, Duration longestLock, int maxTracked) {

        public static Policy standard() {
            return new Policy(5, Duration.ofMinutes(15), Duration.ofMinutes(1), Duration.ofMinutes(15), 10_000);
        }
    }

    private final Policy policy;
    private final Clock clock;
    private final Map<String, Failures> failures = new LinkedHashMap<>();
    private final Map<String, Instant> knownAddresses = new LinkedHashMap<>();

    public SignInThrottle(Policy policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
    }

    /** Whether an attempt must be refused without looking at its password. */
    public synchronized boolean isLocked(String account, String address) {
        Instant now = clock.instant();
        boolean known = knownAddresses.containsKey(pair(account, address));
        return lockedNow(addressKey(address), now) || !known && lockedNow(accountKey(account), now);
    }

    public synchronized void failed(String account, String address) {
        Instant now = clock.instant();
        fail(accountKey(account), now);
        fail(addressKey(address), now);
        bound(failures);
    }

    public synchronized void succeeded(String account, String address) {
        failures.remove(accountKey(account));
        failures.remove(addressKey(address));
        knownAddresses.remove(pair(account, address));
        knownAddresses.put(pair(account, address), clock.instant());
        bound(knownAddresses);
    }

    synchronized int tracked() {
        return failures.size();
    }

    private boolean lockedNow(String key, Instant now) {
        Failures of = failures.get(key);
        if (of != null && of.forgettable(now, policy.window())) {
            failures.remove(key);
            return false;
        }
        return of != null && now.isBefore(of.lockedUntil);
    }

    private void fail(String key, Instant now) {
        Failures of = failures.get(key);
        if (of == null || of.forgettable(now, policy.window())) {
            of = new Failures();
        }
        failures.remove(key);
        failures.put(key, of);
        of.recent.addLast(now);
        while (of.recent.size() > policy.maxFailures()) {
            of.recent.removeFirst();
        }
        while (!of.recent.getFirst().isAfter(now.minus(policy.window()))) {
            of.recent.removeFirst();
        }
        if (of.locks > 0 || of.recent.size() >= policy.maxFailures()) {
            of.locks++;
            Duration lock = policy.firstLock().multipliedBy(1L << Math.min(of.locks - 1, 20));
            of.lockedUntil = now.plus(lock.compareTo(policy.longestLock()) > 0 ? policy.longestLock() : lock);
        }
    }

    /** Maps keep insertion order of their latest write; dropping from the front drops the stalest. */
    private void bound(Map<String, ?> map) {
        Iterator<String> oldest = map.keySet().iterator();
        while (map.size() > policy.maxTracked() && oldest.hasNext()) {
            oldest.next();
            oldest.remove();
        }
    }

    private static String accountKey(String account) {
        return "account\u0000" + account;
    }

    private static String addressKey(String address) {
        return "address\u0000" + address;
    }

    private static String pair(String account, String address) {
        return account + "\u0000" + address;
    }

    private static final class Failures {

        private final Deque<Instant> recent = new ArrayDeque<>();
        private int locks;
        private Instant lockedUntil = Instant.MIN;

        boolean forgettable(Instant now, Duration window) {
            Instant last = recent.isEmpty() ? Instant.MIN : recent.getLast();
            Instant quietFrom = last.isAfter(lockedUntil) ? last : lockedUntil;
            return !now.isBefore(quietFrom.plus(window));
        }
    }
}
