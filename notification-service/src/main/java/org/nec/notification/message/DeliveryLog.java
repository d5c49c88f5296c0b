package org.nec.notification.message;

import static org.nec.notification.message.Notifications.DUE_AT;
import static org.nec.notification.message.Notifications.ID;
import static org.nec.notification.message.Notifications.LEASE_UNTIL;
import static org.nec.notification.message.Notifications.RECIPIENT;
import static org.nec.notification.message.Notifications.STATUS;
import static org.nec.notification.message.Notifications.TYPE;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.bson.Document;
import org.nec.platform.outbox.OutboxRelay;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The delivery log read as a whole: the organiser's searches, paged by the store (the log grows with every mail,
 * so a page never reads more than itself plus one), what falls due soon, and how far behind sending is.
 */
@Component
public class DeliveryLog {

    public static final int PAGE_SIZE = 50;

    private final MongoTemplate mongo;

    DeliveryLog(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** What the organiser looks for: part of an address (any case), a status, a type; {@code null} for any. */
    public record Search(String email, NotificationStatus status, MessageType type) {

        public Search {
            email = email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
        }
    }

    /** One page of the log, newest due first; {@code hasNext} when another page follows. */
    public record Page(List<Notification> messages, int number, boolean hasNext) {
    }

    /** Page {@code number} (from 1) of the messages matching {@code search}. */
    public Page page(Search search, int number) {
        int page = Math.max(1, number);
        List<Notification> found = mongo.find(shown(criteria(search)).skip((long) (page - 1) * PAGE_SIZE)
                .limit(PAGE_SIZE + 1), Notification.class);
        return new Page(found.stream().limit(PAGE_SIZE).toList(), page, found.size() > PAGE_SIZE);
    }

    /** The newest failed messages, at most {@code limit}. */
    public List<Notification> failed(int limit) {
        return mongo.find(shown(where(STATUS).is(NotificationStatus.FAILED)).limit(limit), Notification.class);
    }

    public long failedCount() {
        return mongo.count(query(where(STATUS).is(NotificationStatus.FAILED)), Notification.class);
    }

    /**
     * Every scheduled message due by {@code until}, with when it may be sent: what the due index looks through. On
     * MongoDB the {@code due} index answers it; on the embedded store it reads the collection.
     */
    public List<DueIndex.Entry> scheduledBy(Instant until) {
        Query scheduled = query(where(STATUS).is(NotificationStatus.SCHEDULED).and(DUE_AT).lte(until));
        scheduled.fields().include(DUE_AT).include(LEASE_UNTIL);
        return mongo.find(scheduled, Document.class, mongo.getCollectionName(Notification.class)).stream()
                .map(d -> new DueIndex.Entry(d.getString(ID), Notifications.sendableAt(d))).toList();
    }

    /** How many scheduled messages are due by {@code now}, and since when the oldest of them is. */
    public Backlog backlog(Instant now) {
        Query due = query(where(STATUS).is(NotificationStatus.SCHEDULED.name()).and(DUE_AT).lte(now));
        long count = mongo.count(due, Notification.class);
        if (count == 0) {
            return Backlog.NONE;
        }
        due.with(Sort.by(DUE_AT)).limit(1).fields().include(DUE_AT);
        Document oldest = mongo.findOne(due, Document.class, mongo.getCollectionName(Notification.class));
        return new Backlog(count, oldest == null || oldest.getDate(DUE_AT) == null ? null
                : oldest.getDate(DUE_AT).toInstant());
    }

    /** Scheduled messages due and not sent yet, and when the oldest of them fell due. */
    public record Backlog(long due, Instant oldestDueAt) {

        public static final Backlog NONE = new Backlog(0, null);

        /** How late the oldest is, in seconds. */
        public double lateness(Instant now) {
            return oldestDueAt == null ? 0 : Math.max(0, Duration.between(oldestDueAt, now).toMillis() / 1000.0);
        }
    }

    private static Criteria criteria(Search search) {
        List<Criteria> all = new ArrayList<>();
        if (search.email() != null) {
            all.add(where(RECIPIENT).regex(Pattern.quote(search.email()), "i"));
            // an erased person's messages keep no address: their placeholder is not one to find
            all.add(where(RECIPIENT).ne(Notifications.ERASED));
        }
        if (search.status() != null) {
            all.add(where(STATUS).is(search.status()));
        }
        if (search.type() != null) {
            all.add(where(TYPE).is(search.type()));
        }
        return all.isEmpty() ? new Criteria() : new Criteria().andOperator(all);
    }

    /** Newest due first, without what a row does not show (the content, the events still to relay). */
    private static Query shown(Criteria criteria) {
        Query query = Query.query(criteria).with(Sort.by(Sort.Order.desc(DUE_AT), Sort.Order.desc(ID)));
        query.fields().exclude(Notifications.MODEL, OutboxRelay.FIELD);
        return query;
    }
}
