package org.nec.notification.notification;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Which messages fall due soon, in due order: the dispatcher takes its candidates from here and reads them by id,
 * so finding what is due never scans the message log (the embedded store has no index but {@code _id}). The
 * store stays the truth: a claim checks each candidate there. Messages are added as they are scheduled or made
 * due again; a look through the log ({@link #sweep()}, at start and every poll interval) brings in what this
 * instance did not schedule (another instance's, a crash's leftovers, leases run out) and what falls due within
 * the horizon, so the index only ever holds the next few seconds' messages.
 */
@Component
public class DueMessages {

    private record Entry(Instant dueAt, String id) {
    }

    private final ConcurrentSkipListSet<Entry> entries = new ConcurrentSkipListSet<>(
            Comparator.comparing(Entry::dueAt).thenComparing(Entry::id));
    private final Map<String, Entry> byId = new ConcurrentHashMap<>();
    private final MongoTemplate mongo;
    private final Clock clock;
    private final Duration horizon;
    private volatile Runnable wake = () -> { };
    private volatile boolean sweepAsked = true;

    DueMessages(MongoTemplate mongo, Clock clock, NotificationProperties properties) {
        this.mongo = mongo;
        this.clock = clock;
        this.horizon = properties.pollInterval().multipliedBy(2).plusSeconds(1);
    }

    /** Who to tell when a message falls due sooner than any other (the dispatcher). */
    void onSooner(Runnable wake) {
        this.wake = wake;
    }

    /** The message falls due at {@code dueAt} (again, or later, or sooner than known). */
    void add(String id, Instant dueAt) {
        if (dueAt.isAfter(clock.instant().plus(horizon))) {
            remove(id);
            return;
        }
        Entry entry = new Entry(dueAt, id);
        Entry before = byId.put(id, entry);
        if (before != null && !before.equals(entry)) {
            entries.remove(before);
        }
        entries.add(entry);
        if (entries.first().equals(entry)) {
            wake.run();
        }
    }

    void remove(String id) {
        Entry entry = byId.remove(id);
        if (entry != null) {
            entries.remove(entry);
        }
    }

    /** Up to {@code limit} ids due by {@code now}, soonest first. */
    List<String> dueBy(Instant now, int limit) {
        List<String> due = new ArrayList<>();
        for (Entry entry : entries) {
            if (entry.dueAt().isAfter(now) || due.size() >= limit) {
                break;
            }
            due.add(entry.id());
        }
        return due;
    }

    /** When the soonest known message falls due. */
    Optional<Instant> next() {
        Entry first = entries.isEmpty() ? null : entries.first();
        return first == null ? Optional.empty() : Optional.of(first.dueAt());
    }

    /** Due times changed in bulk (a session or the edition moved): the next round looks through the log. */
    public void changedInBulk() {
        sweepAsked = true;
        wake.run();
    }

    boolean sweepAsked() {
        return sweepAsked;
    }

    /**
     * Looks through the log for every scheduled message due within the horizon. On MongoDB the {@code due} index
     * answers it; on the embedded store it reads the collection, which is why it is only the safety net.
     */
    void sweep() {
        sweepAsked = false;
        Query scheduled = query(where("status").is(NotificationStatus.SCHEDULED)
                .and("dueAt").lte(clock.instant().plus(horizon)));
        scheduled.fields().include("dueAt").include("leaseUntil");
        List<Document> found;
        try {
            found = mongo.find(scheduled, Document.class, mongo.getCollectionName(Notification.class));
        } catch (RuntimeException e) {
            sweepAsked = true;
            throw e;
        }
        for (Document d : found) {
            add(d.getString("_id"), latest(d.getDate("dueAt"), d.getDate("leaseUntil")));
        }
    }

    /** When a message read from the store may be sent: once due, and once another instance's lease is over. */
    static Instant latest(Date dueAt, Date leaseUntil) {
        Instant due = dueAt == null ? Instant.EPOCH : dueAt.toInstant();
        return leaseUntil != null && leaseUntil.toInstant().isAfter(due) ? leaseUntil.toInstant() : due;
    }
}
