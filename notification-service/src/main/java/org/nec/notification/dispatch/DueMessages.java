package org.nec.notification.dispatch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.function.Function;

import org.nec.notification.message.DueIndex;
import org.nec.notification.message.NotificationProperties;
import org.springframework.stereotype.Component;

/**
 * Which messages fall due soon, in due order: the dispatcher takes its candidates from here and reads them by id,
 * so finding what is due never scans the message log (the embedded store has no index but {@code _id}). The
 * store stays the truth: a claim checks each candidate there. Messages are added as they are scheduled or made
 * due again; a look through the log ({@link #sweep(Function)}, at start and every poll interval) brings in what this
 * instance did not schedule (another instance's, a crash's leftovers, leases run out) and what falls due within
 * the horizon, so the index only ever holds the next few seconds' messages.
 */
@Component
class DueMessages implements DueIndex {

    private record Due(Instant dueAt, String id) {
    }

    private final ConcurrentSkipListSet<Due> entries = new ConcurrentSkipListSet<>(
            Comparator.comparing(Due::dueAt).thenComparing(Due::id));
    private final Map<String, Due> byId = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration horizon;
    private volatile Runnable wake = () -> { };
    private volatile boolean sweepAsked = true;

    DueMessages(Clock clock, NotificationProperties properties) {
        this.clock = clock;
        this.horizon = properties.pollInterval().multipliedBy(2).plusSeconds(1);
    }

    /** Who to tell when a message falls due sooner than any other (the dispatcher). */
    void onSooner(Runnable wake) {
        this.wake = wake;
    }

    /** The message falls due at {@code dueAt} (again, or later, or sooner than known). */
    @Override
    public void add(String id, Instant dueAt) {
        if (dueAt.isAfter(clock.instant().plus(horizon))) {
            remove(id);
            return;
        }
        Due entry = new Due(dueAt, id);
        Due before = byId.put(id, entry);
        if (before != null && !before.equals(entry)) {
            entries.remove(before);
        }
        entries.add(entry);
        if (entries.first().equals(entry)) {
            wake.run();
        }
    }

    @Override
    public void remove(String id) {
        Due entry = byId.remove(id);
        if (entry != null) {
            entries.remove(entry);
        }
    }

    /** Up to {@code limit} ids due by {@code now}, soonest first. */
    @Override
    public List<String> dueBy(Instant now, int limit) {
        List<String> due = new ArrayList<>();
        for (Due entry : entries) {
            if (entry.dueAt().isAfter(now) || due.size() >= limit) {
                break;
            }
            due.add(entry.id());
        }
        return due;
    }

    /** When the soonest known message falls due. */
    Optional<Instant> next() {
        Due first = entries.isEmpty() ? null : entries.first();
        return first == null ? Optional.empty() : Optional.of(first.dueAt());
    }

    /** Due times changed in bulk (a session or the edition moved): the next round looks through the log. */
    @Override
    public void changedInBulk() {
        sweepAsked = true;
        wake.run();
    }

    boolean sweepAsked() {
        return sweepAsked;
    }

    /**
     * Looks through the log ({@code scheduledBy}, asked for the messages due by a time) for every scheduled message
     * due within the horizon. It reads the collection on the embedded store, which is why it is only the safety
     * net.
     */
    void sweep(Function<Instant, List<Entry>> scheduledBy) {
        sweepAsked = false;
        List<Entry> found;
        try {
            found = scheduledBy.apply(clock.instant().plus(horizon));
        } catch (RuntimeException e) {
            sweepAsked = true;
            throw e;
        }
        for (Entry scheduled : found) {
            add(scheduled.id(), scheduled.sendableAt());
        }
    }
}
