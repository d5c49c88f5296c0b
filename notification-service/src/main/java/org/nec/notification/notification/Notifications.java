package org.nec.notification.notification;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.nec.events.Topics;
import org.nec.events.notification.NotificationFailed;
import org.nec.events.notification.NotificationSent;
import org.nec.notification.mail.MailTemplates;
import org.nec.platform.outbox.OutboxMessage;
import org.nec.platform.outbox.OutboxRelay;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/** The durable store of messages: scheduling, claiming with a lease, and recording the outcome. */
@Service
public class Notifications {

    /** What the log holds instead of an erased person's address. */
    public static final String ERASED = "erased";
    private static final String CLAIM = "claim";

    private final MongoTemplate mongo;
    private final OutboxRelay relay;
    private final NotificationProperties properties;
    private final MailTemplates templates;
    private final Clock clock;
    private final MailMetrics metrics;
    private final DueMessages due;

    Notifications(MongoTemplate mongo, OutboxRelay relay, NotificationProperties properties, MailTemplates templates,
                  Clock clock, MailMetrics metrics, DueMessages due) {
        this.metrics = metrics;
        this.due = due;
        this.templates = templates;
        this.mongo = mongo;
        this.relay = relay;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * A message of {@code type} about {@code key} (its id is {@code <type>:<key>}, so the same event gives the same
     * message), due at {@code dueAt}, in the recipient's language (French unless English) with its subject.
     */
    public Notification draft(MessageType type, String key, String registrationId, String sessionId,
                              String recipient, String language, Map<String, Object> model, Instant dueAt) {
        String lang = language(language);
        return Notification.scheduled(type.name() + ":" + key, type, registrationId, sessionId, recipient, lang,
                templates.subject(type.template(), Locale.forLanguageTag(lang)), model, dueAt, clock.instant());
    }

    /** The language a message is written in: English when the person asked for it, French otherwise. */
    public static String language(String requested) {
        return "en".equals(requested) ? "en" : "fr";
    }

    /** @return false if a message with this id already exists (a duplicate event), which stays as it is */
    public boolean schedule(Notification notification) {
        try {
            mongo.insert(notification);
            due.add(notification.id(), notification.dueAt());
            return true;
        } catch (DuplicateKeyException alreadyScheduled) {
            return false;
        }
    }

    /**
     * Brings back a cancelled message as {@code draft} says (a seat given back, then taken again): scheduled anew,
     * with its attempts counted from zero. A message in any other state stays as it is.
     */
    public void revive(Notification draft) {
        var revived = mongo.updateFirst(query(where("_id").is(draft.id()).and("status").is(NotificationStatus.CANCELLED)),
                new Update().set("status", NotificationStatus.SCHEDULED).set("dueAt", draft.dueAt())
                        .set("recipient", draft.recipient()).set("language", draft.language())
                        .set("subject", draft.subject()).set("model", draft.model()).set("attempts", 0)
                        .unset("lastError").unset("leaseUntil").unset("leaseOwner").unset(CLAIM), Notification.class);
        if (revived.getMatchedCount() > 0) {
            due.add(draft.id(), draft.dueAt());
        }
    }

    /** Due times were changed in bulk, by field: the dispatcher looks through the log for them. */
    public void dueTimesChanged() {
        due.changedInBulk();
    }

    public Duration digestWindow() {
        return properties.digestWindow();
    }

    /**
     * Adds a session to a digest ({@code digest} with no session yet), creating it if needed. A digest not claimed
     * yet takes the session in; one already out (or being sent) has a follow-up for the session, unless it listed
     * it already (a redelivered change).
     */
    public void collect(Notification digest, String sessionId) {
        if (schedule(digest.listing(List.of(sessionId)))) {
            return;
        }
        Instant now = clock.instant();
        var added = mongo.updateFirst(query(where("_id").is(digest.id()).and("status").is(NotificationStatus.SCHEDULED)
                .andOperator(free(now))), new Update().addToSet("sessionIds", sessionId), Notification.class);
        if (added.getMatchedCount() > 0) {
            return;
        }
        Notification out = mongo.findById(digest.id(), Notification.class);
        if (out != null && out.sessionIds() != null && out.sessionIds().contains(sessionId)) {
            return;
        }
        schedule(digest.followUp(sessionId));
    }

    /**
     * Reserves up to {@code limit} due messages for {@code owner}, soonest due first. The candidates come from the
     * due index and are read by id; each one still due and free (or whose lease ran out) is claimed by a
     * conditional update on its id and its lease holder as read (one the {@code lease} index answers on any
     * store), marking it with a claim of this call, so two instances never hold the same message; one query by id
     * reads back what this call won. A candidate that changed meanwhile goes back to the index at its new time or
     * leaves it.
     */
    List<Notification> claimDue(String owner, int limit) {
        Instant now = clock.instant();
        List<String> candidates = due.dueBy(now, limit);
        if (candidates.isEmpty()) {
            return List.of();
        }
        String claim = owner + ":" + java.util.UUID.randomUUID();
        BulkOperations claims = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Notification.class);
        List<String> tried = new java.util.ArrayList<>();
        java.util.Set<String> found = new java.util.HashSet<>();
        for (org.bson.Document d : readBack(candidates, document -> true)) {
            String id = d.getString("_id");
            found.add(id);
            Instant sendable = DueMessages.latest(d.getDate("dueAt"), d.getDate("leaseUntil"));
            if (!NotificationStatus.SCHEDULED.name().equals(d.getString("status"))) {
                due.remove(id);
            } else if (sendable.isAfter(now)) {
                due.add(id, sendable);
            } else {
                claims.updateOne(query(where("_id").is(id).and("leaseOwner").is(d.getString("leaseOwner"))),
                        new Update().set("leaseUntil", now.plus(properties.lease())).set("leaseOwner", owner)
                                .set(CLAIM, claim).inc("attempts", 1));
                tried.add(id);
            }
        }
        candidates.stream().filter(id -> !found.contains(id)).forEach(due::remove);
        if (tried.isEmpty()) {
            return List.of();
        }
        claims.execute();
        tried.forEach(due::remove);
        List<Notification> won = new java.util.ArrayList<>();
        List<Notification> stale = new java.util.ArrayList<>();
        for (org.bson.Document d : readBack(tried, document -> claim.equals(document.getString(CLAIM)))) {
            Notification n = mongo.getConverter().read(Notification.class, d);
            // changed between the read and the claim (sent by another instance, cancelled, moved): not ours to send
            boolean stillDue = n.status() == NotificationStatus.SCHEDULED && !n.dueAt().isAfter(now);
            (stillDue ? won : stale).add(n);
        }
        giveBack(stale, owner);
        return won.stream().sorted(java.util.Comparator.comparing(Notification::dueAt)).toList();
    }

    /** The messages with these ids that {@code keep} accepts, read by id alone (the lookup every store indexes). */
    private List<org.bson.Document> readBack(List<String> ids, java.util.function.Predicate<org.bson.Document> keep) {
        return mongo.find(query(where("_id").in(ids)), org.bson.Document.class,
                mongo.getCollectionName(Notification.class)).stream().filter(keep).toList();
    }

    private static Criteria free(Instant now) {
        return new Criteria().orOperator(where("leaseUntil").exists(false), where("leaseUntil").is(null),
                where("leaseUntil").lte(now));
    }

    /**
     * Records one message as sent, right after the mail server accepted it: one conditional write, changing the
     * document only if still leased by us.
     */
    void markSent(Notification notification, String owner) {
        if (mongo.updateFirst(leasedBy(notification, owner), sent(notification, clock.instant()), Notification.class)
                .getMatchedCount() > 0) {
            // the relay reads it by id at once: announcing it costs one lookup, never a look through the log
            relay.wake(Notification.class, notification.id());
        }
        metrics.sent(notification.type());
    }

    private Update sent(Notification notification, Instant now) {
        var sent = new NotificationSent(notification.id(), notification.type().name(),
                loggedRecipient(notification), notification.subject(), now);
        // the model may hold a manage link: not kept once the message is out
        Update update = new Update().set("status", NotificationStatus.SENT)
                .set("sentAt", now).unset("leaseUntil").unset("leaseOwner").unset("lastError").unset("model")
                .unset(CLAIM).push(OutboxRelay.FIELD, OutboxMessage.of(Topics.NOTIFICATION, sent, now));
        // where and in which language it went (the person may have changed both since it was drafted)
        return update.set("recipient", loggedRecipient(notification)).set("language", notification.language())
                .set("subject", notification.subject());
    }

    /**
     * Extends the lease of messages about to be sent, so a slow mail server cannot outlast it; returns those still
     * leased by {@code owner} (not cancelled, erased or taken over meanwhile), the only ones to send.
     */
    List<Notification> renew(List<Notification> chunk, String owner) {
        if (chunk.isEmpty()) {
            return chunk;
        }
        Instant until = clock.instant().plus(properties.lease());
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Notification.class);
        chunk.forEach(n -> bulk.updateOne(leasedBy(n, owner), new Update().set("leaseUntil", until)));
        if (bulk.execute().getMatchedCount() == chunk.size()) {
            return chunk;
        }
        java.util.Set<String> stillOurs = readBack(chunk.stream().map(Notification::id).toList(),
                d -> owner.equals(d.getString("leaseOwner"))
                        && NotificationStatus.SCHEDULED.name().equals(d.getString("status"))).stream()
                .map(d -> d.getString("_id")).collect(java.util.stream.Collectors.toSet());
        return chunk.stream().filter(n -> stillOurs.contains(n.id())).toList();
    }

    /** Hands back messages claimed but not attempted (the instance stops): free for the next claim at once. */
    void giveBack(List<Notification> unsent, String owner) {
        if (unsent.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Notification.class);
        unsent.forEach(n -> bulk.updateOne(leasedBy(n, owner), new Update().unset("leaseUntil").unset("leaseOwner")
                .unset(CLAIM).inc("attempts", -1)));
        bulk.execute();
        Instant now = clock.instant();
        unsent.forEach(n -> due.add(n.id(), n.dueAt() == null || n.dueAt().isBefore(now) ? now : n.dueAt()));
    }

    /** Gives up a message that makes no sense any more (its session started, its seat went). */
    void drop(Notification notification, String owner, String reason) {
        mongo.updateFirst(leasedBy(notification, owner), new Update().set("status", NotificationStatus.CANCELLED)
                .set("lastError", reason).unset("leaseUntil").unset("leaseOwner").unset("model"), Notification.class);
    }

    void markAttemptFailed(Notification notification, String owner, String reason) {
        Instant now = clock.instant();
        if (notification.attempts() >= properties.maxAttempts()) {
            // a mail server's refusal often quotes the address: an erased person's is kept nowhere
            boolean erased = notification.type() == MessageType.ERASURE_CONFIRMED;
            String logged = erased ? "not delivered" : reason;
            var failed = new NotificationFailed(notification.id(), notification.type().name(),
                    loggedRecipient(notification), logged, now);
            // the model stays (as while the message waited): an organiser's retry sends the same content again
            Update update = new Update().set("status", NotificationStatus.FAILED)
                    .set("lastError", logged).unset("leaseUntil").unset("leaseOwner")
                    .push(OutboxRelay.FIELD, OutboxMessage.of(Topics.NOTIFICATION, failed, now));
            if (erased) {
                update.set("recipient", ERASED).unset("model");
            }
            if (mongo.updateFirst(leasedBy(notification, owner), update, Notification.class).getMatchedCount() > 0) {
                metrics.failed(notification.type());
            }
            relay.wake(Notification.class, notification.id());
            return;
        }
        Duration wait = properties.firstRetryAfter().multipliedBy(1L << Math.min(notification.attempts() - 1, 10));
        // $max: a later due time set meanwhile (the session moved) stands; a retry never makes a message early
        mongo.updateFirst(leasedBy(notification, owner), new Update().max("dueAt", now.plus(wait))
                .set("lastError", reason).unset("leaseUntil").unset("leaseOwner"), Notification.class);
        // a later due time set meanwhile is found at the claim, which puts the message back at that time
        due.add(notification.id(), now.plus(wait));
    }

    /**
     * An organiser sends a FAILED message again: it is due now, with its attempts counted from zero, and the
     * dispatcher sends it like any due message. One conditional update, so only a message still FAILED (and
     * still addressed to somebody: not an erased person's) is retried, however many times it is asked.
     */
    public RetryOutcome retry(String id) {
        var retried = mongo.updateFirst(query(where("_id").is(id).and("status").is(NotificationStatus.FAILED)
                        .and("recipient").ne(ERASED)),
                new Update().set("status", NotificationStatus.SCHEDULED).set("dueAt", clock.instant())
                        .set("attempts", 0).unset("leaseUntil").unset("leaseOwner").unset(CLAIM),
                Notification.class);
        if (retried.getMatchedCount() > 0) {
            due.add(id, clock.instant());
            return RetryOutcome.RETRIED;
        }
        Notification notification = mongo.findById(id, Notification.class);
        if (notification == null) {
            return RetryOutcome.UNKNOWN;
        }
        return ERASED.equals(notification.recipient()) ? RetryOutcome.ERASED : RetryOutcome.NOT_FAILED;
    }

    /**
     * The person is erased: their messages not sent yet are cancelled, and the log keeps no address or content
     * of theirs, except the erasure confirmation until it is sent.
     */
    void forget(String registrationId) {
        // the lease goes too: a send in flight can then record neither its outcome nor an event with the address
        mongo.updateMulti(query(where("registrationId").is(registrationId).and("status")
                        .is(NotificationStatus.SCHEDULED).and("type").ne(MessageType.ERASURE_CONFIRMED)),
                new Update().set("status", NotificationStatus.CANCELLED).unset("model").unset("leaseUntil")
                        .unset("leaseOwner"), Notification.class);
        mongo.updateMulti(query(where("registrationId").is(registrationId).and("type")
                        .ne(MessageType.ERASURE_CONFIRMED)),
                new Update().set("recipient", ERASED).unset("model").unset("lastError"), Notification.class);
    }

    public List<Notification> forRecipient(String email) {
        var query = email == null || email.isBlank() ? new org.springframework.data.mongodb.core.query.Query()
                : query(where("recipient").regex("^" + java.util.regex.Pattern.quote(email.strip()) + "$", "i"));
        return mongo.find(query.with(Sort.by("createdAt")), Notification.class);
    }

    /** The address an event about the message names: none for an erased person's erasure confirmation. */
    private static String loggedRecipient(Notification notification) {
        return notification.type() == MessageType.ERASURE_CONFIRMED ? ERASED : notification.recipient();
    }

    private static org.springframework.data.mongodb.core.query.Query leasedBy(Notification n, String owner) {
        return query(where("_id").is(n.id()).and("leaseOwner").is(owner));
    }
}
