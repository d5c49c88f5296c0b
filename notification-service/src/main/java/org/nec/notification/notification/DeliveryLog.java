package org.nec.notification.notification;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.nec.notification.agenda.EditionCopy;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The organiser's view of the delivery log: messages searched and paged by the store (the log grows with every
 * mail, so a page never reads more than itself plus one), and the retry of failed messages.
 */
@Component
public class DeliveryLog {

    public static final int PAGE_SIZE = 50;

    private final MongoTemplate mongo;
    private final Notifications notifications;
    private final Dispatcher dispatcher;

    DeliveryLog(MongoTemplate mongo, Notifications notifications, Dispatcher dispatcher) {
        this.mongo = mongo;
        this.notifications = notifications;
        this.dispatcher = dispatcher;
    }

    /**
     * What the organiser looks for: part of an address (any case), a status, a type; {@code null} for any.
     */
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
        return mongo.find(shown(where("status").is(NotificationStatus.FAILED)).limit(limit), Notification.class);
    }

    public long failedCount() {
        return mongo.count(Query.query(where("status").is(NotificationStatus.FAILED)), Notification.class);
    }

    /** The time zone the log's times are told in: the edition's. */
    public ZoneId zone() {
        EditionCopy edition = mongo.findById(EditionCopy.CURRENT, EditionCopy.class);
        return edition == null ? EditionCopy.DEFAULT_ZONE : edition.zone();
    }

    /** Sends a FAILED message again, at once. */
    public RetryOutcome retry(String id) {
        RetryOutcome outcome = notifications.retry(id);
        if (outcome == RetryOutcome.RETRIED) {
            dispatcher.wake();
        }
        return outcome;
    }

    private static Criteria criteria(Search search) {
        List<Criteria> all = new ArrayList<>();
        if (search.email() != null) {
            all.add(where("recipient").regex(Pattern.quote(search.email()), "i"));
            // an erased person's messages keep no address: their placeholder is not one to find
            all.add(where("recipient").ne(Notifications.ERASED));
        }
        if (search.status() != null) {
            all.add(where("status").is(search.status()));
        }
        if (search.type() != null) {
            all.add(where("type").is(search.type()));
        }
        return all.isEmpty() ? new Criteria() : new Criteria().andOperator(all);
    }

    /** Newest due first, without what a row does not show (the content, the events still to relay). */
    private static Query shown(Criteria criteria) {
        Query query = Query.query(criteria).with(Sort.by(Sort.Order.desc("dueAt"), Sort.Order.desc("_id")));
        query.fields().exclude("model", "pendingEvents");
        return query;
    }
}
