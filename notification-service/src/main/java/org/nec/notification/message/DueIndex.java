package org.nec.notification.message;

import java.time.Instant;
import java.util.List;

/**
 * What knows which messages fall due soon (the dispatcher's index): told of every due time the log sets, so the
 * dispatcher never has to look through the log to find its next messages.
 */
public interface DueIndex {

    /** The message may be sent from {@code sendableAt} (again, later or sooner than known). */
    void add(String id, Instant sendableAt);

    /** The message is not due any more (sent, cancelled, changed). */
    void remove(String id);

    /** Up to {@code limit} ids due by {@code now}, soonest first. */
    List<String> dueBy(Instant now, int limit);

    /** Due times were changed in bulk, by field: the next round looks through the log. */
    void changedInBulk();

    /** A scheduled message and when it may be sent: once due, and once another instance's lease is over. */
    record Entry(String id, Instant sendableAt) {
    }
}
