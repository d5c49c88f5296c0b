package org.nec.notification.message;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.bson.Document;
import org.nec.events.Language;
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
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * The message aggregate: the delivery log's field names and every transition of a message (scheduled, claimed
 * with a lease, SENT, retried, FAILED, cancelled, erased), each one conditional write of the message's document
 * that carries the event it emits ({@code NotificationSent}, {@code NotificationFailed}) in its outbox. Longer than
 * most classes because it is the one class that writes a message: no other class chains an update of one.
 */
@Service
public class Notifications {

    /** What the log holds instead of an erased person's address. */
    public static final String ERASED = "erased";

    public static final String ID = "_id";
    public static final String TYPE = "type";
    public static final String REGISTRATION_ID = "registrationId";
    public static final String SESSION_ID = "sessionId";
    public static final String SESSION_IDS = "sessionIds";
    public static final String RECIPIENT = "recipient";
    public static final String LANGUAGE = "language";
    public static final String SUBJECT = "subject";
    public static final String MODEL = "model";
    public static final String STATUS = "status";
    public static final String DUE_AT = "dueAt";
    public static final String SENT_AT = "sentAt";
    public static final String ATTEMPTS = "attempts";
    public static final String LAST_ERROR = "lastError";
    public static final String LEASE_UNTIL = "leaseUntil";
    public static final String LEASE_OWNER = "leaseOwner";
    public static final String CREATED_AT = "createdAt";
    /** The claim a round made, to read back what it won. */
    private static final String CLAIM = "claim";

    private final MongoTemplate mongo;
    private final NotificationRepository repository;
    private final OutboxRelay relay;
    private final NotificationProperties properties;
    private final MailTemplates templates;
    private final Clock clock;
    private final DueIndex due;

    public Notifications(MongoTemplate mongo, NotificationRepository repository, OutboxRelay relay,
                  NotificationProperties properties, MailTemplates templates, Clock clock, DueIndex due) {
        this.mongo = mongo;
        this.repository = repository;
        this.relay = relay;
        this.properties = properties;
        this.templates = templates;
        this.clock = clock;
        this.due = due;
    }

    /**
     * A message of {@code type} about {@code key} (its id is {@code <type>:<key>}, so the same event gives the same
     * message), due at {@code dueAt}, in the recipient's language with its subject.
     */
    public Notification draft(MessageType type, String key, String registrationId, String sessionId,
                              String recipient, String language, Map<String, Object> model, Instant dueAt) {
        Language lang = Language.of(language);
        return Notification.scheduled(type.name() + ":" + key, type, registrationId, sessionId, recipient,
                lang.code(), templates.subject(type.template(), lang.locale()), model, dueAt, clock.instant());
    }

    /** @return false if a message with this id already exists (a duplicate event), which stays as it is */
    public boolean schedule(Notification notification) {
        try {
            repository.insert(notification);
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
        var revived = mongo.updateFirst(query(where(ID).is(draft.id()).and(STATUS).is(NotificationStatus.CANCELLED)),
                new Update().set(STATUS, NotificationStatus.SCHEDULED).set(DUE_AT, draft.dueAt())
                        .set(RECIPIENT, draft.recipient()).set(LANGUAGE, draft.language())
                        .set(SUBJECT, draft.subject()).set(MODEL, draft.model()).set(ATTEMPTS, 0)
                        .unset(LAST_ERROR).unset(LEASE_UNTIL).unset(LEASE_OWNER).unset(CLAIM), Notification.class);
        if (revived.getMatchedCount() > 0) {
            due.add(draft.id(), draft.dueAt());
        }
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
        var added = mongo.updateFirst(query(where(ID).is(digest.id()).and(STATUS).is(NotificationStatus.SCHEDULED)
                .andOperator(free(clock.instant()))), new Update().addToSet(SESSION_IDS, sessionId), Notification.class);
        if (added.getMatchedCount() > 0) {
            return;
        }
        Notification out = repository.findById(digest.id()).orElse(null);
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
    public List<Notification> claimDue(String owner, int limit) {
        Instant now = clock.instant();
        List<String> candidates = due.dueBy(now, limit);
        if (candidates.isEmpty()) {
            return List.of();
        }
        String claim = owner + ":" + UUID.randomUUID();
        BulkOperations claims = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Notification.class);
        List<String> tried = new ArrayList<>();
        Set<String> found = new HashSet<>();
        for (Document d : readBack(candidates, document -> true)) {
            String id = d.getString(ID);
            found.add(id);
            Instant sendable = sendableAt(d);
            if (!NotificationStatus.SCHEDULED.name().equals(d.getString(STATUS))) {
                due.remove(id);
            } else if (sendable.isAfter(now)) {
                due.add(id, sendable);
            } else {
                claims.updateOne(query(where(ID).is(id).and(LEASE_OWNER).is(d.getString(LEASE_OWNER))),
                        new Update().set(LEASE_UNTIL, now.plus(properties.lease())).set(LEASE_OWNER, owner)
                                .set(CLAIM, claim).inc(ATTEMPTS, 1));
                tried.add(id);
            }
        }
        candidates.stream().filter(id -> !found.contains(id)).forEach(due::remove);
        if (tried.isEmpty()) {
            return List.of();
        }
        claims.execute();
        tried.forEach(due::remove);
        List<Notification> won = new ArrayList<>();
        List<Notification> stale = new ArrayList<>();
        for (Document d : readBack(tried, document -> claim.equals(document.getString(CLAIM)))) {
            Notification n = mongo.getConverter().read(Notification.class, d);
            // changed between the read and the claim (sent by another instance, cancelled, moved): not ours to send
            boolean stillDue = n.status() == NotificationStatus.SCHEDULED && !n.dueAt().isAfter(now);
            (stillDue ? won : stale).add(n);
        }
        giveBack(stale, owner);
        return won.stream().sorted(Comparator.comparing(Notification::dueAt)).toList();
    }

    /**
     * Records one message as sent, right after the mail server accepted it: one conditional write, changing the
     * document only if still leased by us, with {@code NotificationSent} in its outbox.
     */
    public void markSent(Notification notification, String owner) {
        Instant now = clock.instant();
        var sent = new NotificationSent(notification.id(), notification.type().name(),
                loggedRecipient(notification), notification.subject(), now);
        // the model may hold a manage link: not kept once the message is out; where and in which language it
        // went is kept as sent (the person may have changed both since it was drafted)
        Update update = new Update().set(STATUS, NotificationStatus.SENT)
                .set(SENT_AT, now).unset(LEASE_UNTIL).unset(LEASE_OWNER).unset(LAST_ERROR).unset(MODEL)
                .unset(CLAIM).push(OutboxRelay.FIELD, OutboxMessage.of(Topics.NOTIFICATION, sent, now))
                .set(RECIPIENT, loggedRecipient(notification)).set(LANGUAGE, notification.language())
                .set(SUBJECT, notification.subject());
        if (mongo.updateFirst(leasedBy(notification, owner), update, Notification.class).getMatchedCount() > 0) {
            // the relay reads it by id at once: announcing it costs one lookup, never a look through the log
            relay.wake(Notification.class, notification.id());
        }
    }

    /**
     * Extends the lease of messages about to be sent, so a slow mail server cannot outlast it; returns those still
     * leased by {@code owner} (not cancelled, erased or taken over meanwhile), the only ones to send.
     */
    public List<Notification> renew(List<Notification> chunk, String owner) {
        if (chunk.isEmpty()) {
            return chunk;
        }
        Instant until = clock.instant().plus(properties.lease());
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Notification.class);
        chunk.forEach(n -> bulk.updateOne(leasedBy(n, owner), new Update().set(LEASE_UNTIL, until)));
        if (bulk.execute().getMatchedCount() == chunk.size()) {
            return chunk;
        }
        Set<String> stillOurs = readBack(chunk.stream().map(Notification::id).toList(),
                d -> owner.equals(d.getString(LEASE_OWNER))
                        && NotificationStatus.SCHEDULED.name().equals(d.getString(STATUS))).stream()
                .map(d -> d.getString(ID)).collect(Collectors.toSet());
        return chunk.stream().filter(n -> stillOurs.contains(n.id())).toList();
    }

    /** Hands back messages claimed but not attempted (the instance stops): free for the next claim at once. */
    public void giveBack(List<Notification> unsent, String owner) {
        if (unsent.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Notification.class);
        unsent.forEach(n -> bulk.updateOne(leasedBy(n, owner), new Update().unset(LEASE_UNTIL).unset(LEASE_OWNER)
                .unset(CLAIM).inc(ATTEMPTS, -1)));
        bulk.execute();
        Instant now = clock.instant();
        unsent.forEach(n -> due.add(n.id(), n.dueAt() == null || n.dueAt().isBefore(now) ? now : n.dueAt()));
    }

    /** Gives up a message that makes no sense any more (its session started, its seat went). */
    public void drop(Notification notification, String owner, String reason) {
        mongo.updateFirst(leasedBy(notification, owner), new Update().set(STATUS, NotificationStatus.CANCELLED)
                .set(LAST_ERROR, reason).unset(LEASE_UNTIL).unset(LEASE_OWNER).unset(MODEL), Notification.class);
    }

    /**
     * An attempt failed: the message is due again after a wait doubled with each attempt, or, after its last
     * attempt, FAILED with {@code NotificationFailed} in its outbox.
     *
     * @return whether this attempt made the message FAILED
     */
    public boolean markAttemptFailed(Notification notification, String owner, String reason) {
        Instant now = clock.instant();
        if (notification.attempts() >= properties.maxAttempts()) {
            // a mail server's refusal often quotes the address: an erased person's is kept nowhere
            boolean erased = notification.type() == MessageType.ERASURE_CONFIRMED;
            String logged = erased ? "not delivered" : reason;
            var failed = new NotificationFailed(notification.id(), notification.type().name(),
                    loggedRecipient(notification), logged, now);
            // the model stays (as while the message waited): an organiser's retry sends the same content again
            Update update = new Update().set(STATUS, NotificationStatus.FAILED)
                    .set(LAST_ERROR, logged).unset(LEASE_UNTIL).unset(LEASE_OWNER)
                    .push(OutboxRelay.FIELD, OutboxMessage.of(Topics.NOTIFICATION, failed, now));
            if (erased) {
                update.set(RECIPIENT, ERASED).unset(MODEL);
            }
            boolean failedNow = mongo.updateFirst(leasedBy(notification, owner), update, Notification.class)
                    .getMatchedCount() > 0;
            relay.wake(Notification.class, notification.id());
            return failedNow;
        }
        Duration wait = properties.firstRetryAfter().multipliedBy(1L << Math.min(notification.attempts() - 1, 10));
        // $max: a later due time set meanwhile (the session moved) stands; a retry never makes a message early
        mongo.updateFirst(leasedBy(notification, owner), new Update().max(DUE_AT, now.plus(wait))
                .set(LAST_ERROR, reason).unset(LEASE_UNTIL).unset(LEASE_OWNER), Notification.class);
        // a later due time set meanwhile is found at the claim, which puts the message back at that time
        due.add(notification.id(), now.plus(wait));
        return false;
    }

    /**
     * An organiser sends a FAILED message again: it is due now, with its attempts counted from zero, and the
     * dispatcher sends it like any due message. One conditional update, so only a message still FAILED (and
     * still addressed to somebody: not an erased person's) is retried, however many times it is asked.
     */
    public RetryOutcome retry(String id) {
        var retried = mongo.updateFirst(query(where(ID).is(id).and(STATUS).is(NotificationStatus.FAILED)
                        .and(RECIPIENT).ne(ERASED)),
                new Update().set(STATUS, NotificationStatus.SCHEDULED).set(DUE_AT, clock.instant())
                        .set(ATTEMPTS, 0).unset(LEASE_UNTIL).unset(LEASE_OWNER).unset(CLAIM),
                Notification.class);
        if (retried.getMatchedCount() > 0) {
            due.add(id, clock.instant());
            return RetryOutcome.RETRIED;
        }
        Notification notification = repository.findById(id).orElse(null);
        if (notification == null) {
            return RetryOutcome.UNKNOWN;
        }
        return ERASED.equals(notification.recipient()) ? RetryOutcome.ERASED : RetryOutcome.NOT_FAILED;
    }

    /**
     * The person is erased: their messages not sent yet are cancelled, and the log keeps no address or content
     * of theirs, except the erasure confirmation until it is sent.
     */
    public void forget(String registrationId) {
        // the lease goes too: a send in flight can then record neither its outcome nor an event with the address
        mongo.updateMulti(query(where(REGISTRATION_ID).is(registrationId).and(STATUS)
                        .is(NotificationStatus.SCHEDULED).and(TYPE).ne(MessageType.ERASURE_CONFIRMED)),
                new Update().set(STATUS, NotificationStatus.CANCELLED).unset(MODEL).unset(LEASE_UNTIL)
                        .unset(LEASE_OWNER), Notification.class);
        mongo.updateMulti(query(where(REGISTRATION_ID).is(registrationId).and(TYPE)
                        .ne(MessageType.ERASURE_CONFIRMED)),
                new Update().set(RECIPIENT, ERASED).unset(MODEL).unset(LAST_ERROR), Notification.class);
    }

    /** Every waiting reminder of {@code type} (about {@code sessionId}, if given) is due at {@code dueAt} now. */
    public void reschedule(MessageType type, String sessionId, Instant dueAt) {
        Criteria which = where(TYPE).is(type).and(STATUS).is(NotificationStatus.SCHEDULED);
        if (sessionId != null) {
            which.and(SESSION_ID).is(sessionId);
        }
        mongo.updateMulti(query(which), new Update().set(DUE_AT, dueAt), Notification.class);
        // changed by field, not by id: the dispatcher looks through the log for them
        due.changedInBulk();
    }

    /** Cancels the message with this id, if it still waits. */
    public void cancel(String id) {
        cancelScheduled(where(ID).is(id));
    }

    /** Cancels the waiting messages of these types about the session. */
    public void cancelAbout(String sessionId, MessageType type) {
        cancelScheduled(where(SESSION_ID).is(sessionId).and(TYPE).is(type));
    }

    /** Cancels the person's waiting messages of these types. */
    public void cancelFor(String registrationId, MessageType... types) {
        cancelScheduled(where(REGISTRATION_ID).is(registrationId).and(TYPE).in((Object[]) types));
    }

    private void cancelScheduled(Criteria which) {
        mongo.updateMulti(query(which.and(STATUS).is(NotificationStatus.SCHEDULED)),
                new Update().set(STATUS, NotificationStatus.CANCELLED).unset(MODEL).unset(LEASE_UNTIL)
                        .unset(LEASE_OWNER), Notification.class);
    }

    /** The messages to one address (any case), or every message, oldest first. */
    public List<Notification> forRecipient(String email) {
        Query which = email == null || email.isBlank() ? new Query()
                : query(where(RECIPIENT).regex("^" + Pattern.quote(email.strip()) + "$", "i"));
        return mongo.find(which.with(Sort.by(CREATED_AT)), Notification.class);
    }

    /** The messages with these ids that {@code keep} accepts, read by id alone (the lookup every store indexes). */
    private List<Document> readBack(List<String> ids, Predicate<Document> keep) {
        return mongo.find(query(where(ID).in(ids)), Document.class, mongo.getCollectionName(Notification.class))
                .stream().filter(keep).toList();
    }

    /** When a message read from the store may be sent: once due, and once another instance's lease is over. */
    static Instant sendableAt(Document message) {
        Date dueAt = message.getDate(DUE_AT);
        Date leaseUntil = message.getDate(LEASE_UNTIL);
        Instant due = dueAt == null ? Instant.EPOCH : dueAt.toInstant();
        return leaseUntil != null && leaseUntil.toInstant().isAfter(due) ? leaseUntil.toInstant() : due;
    }

    private static Criteria free(Instant now) {
        return new Criteria().orOperator(where(LEASE_UNTIL).exists(false), where(LEASE_UNTIL).is(null),
                where(LEASE_UNTIL).lte(now));
    }

    /** The address an event about the message names: none for an erased person's erasure confirmation. */
    private static String loggedRecipient(Notification notification) {
        return notification.type() == MessageType.ERASURE_CONFIRMED ? ERASED : notification.recipient();
    }

    private static Query leasedBy(Notification n, String owner) {
        return query(where(ID).is(n.id()).and(LEASE_OWNER).is(owner));
    }
}
