package org.nec.localstack;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.bwaldvogel.mongo.exception.MongoServerError;

/**
 * Makes the store's writes durable before they are acknowledged, one MVStore commit for all the writes made while
 * the previous commit ran (group commit). A write takes a ticket once its change is in the maps; its reply waits
 * until a commit that started after the ticket has written its chunk to the file. One committer thread commits
 * back to back while tickets wait, so the threads serving connections never block on the file: a reply is held
 * (see {@link DurableReplies}) and sent when {@link #whenDurable} says its ticket is covered.
 * <p>
 * The first commit that fails marks the store lost for good: the replies waiting for it are refused, and from then
 * on it refuses every command, reads and {@code ping} included, so that its clients see it away instead of a store
 * that answers but keeps nothing.
 */
final class GroupCommit implements AutoCloseable {

    /** MongoDB's {@code WriteConcernFailed}: the write may be applied in memory, it is not durable. */
    static final int WRITE_CONCERN_FAILED = 64;
    /** MongoDB's {@code ShutdownInProgress}: drivers drop their connections and report the server unavailable. */
    static final int SHUTDOWN_IN_PROGRESS = 91;
    /** How a refused write's error message starts; the reason follows. */
    static final String NOT_DURABLE = "the store could not make the write durable: ";

    private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);

    private final MVStore store;
    private final boolean sync;
    private final AtomicLong tickets = new AtomicLong();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition asked = lock.newCondition();
    private final List<Waiter> waiters = new ArrayList<>(); // guarded by lock
    private long durableUpTo; // guarded by lock
    private long commits; // guarded by lock
    private boolean closed; // guarded by lock
    private volatile String lostBecause;
    private volatile Consumer<String> whenLost = reason -> { };
    private final Thread committer;

    /**
     * @param sync also force the file to the disk after each commit: a write then survives a power loss, not only
     *             the death of the process (the chunk written is in the kernel's page cache either way)
     */
    GroupCommit(MVStore store, boolean sync) {
        this.store = store;
        this.sync = sync;
        this.committer = new Thread(this::commitWhileAsked, "store-commit");
        committer.setDaemon(true);
        committer.start();
    }

    /** What to do, once, when a write could not be made durable; called with the reason. */
    void whenLost(Consumer<String> reaction) {
        this.whenLost = reaction;
    }

    /** Throws once a commit has failed: the store's memory may hold writes its file does not. */
    void refuseIfLost() {
        String reason = lostBecause;
        if (reason != null) {
            throw new MongoServerError(SHUTDOWN_IN_PROGRESS, "ShutdownInProgress",
                    "the store could not make a write durable and is stopping: " + reason);
        }
    }

    /** Takes the ticket of a change already made in the maps: the next commit to start covers it. */
    long changed() {
        long ticket = tickets.incrementAndGet();
        lock.lock();
        try {
            asked.signal();
        } finally {
            lock.unlock();
        }
        return ticket;
    }

    /**
     * Calls {@code then} once {@code ticket} is in the file, with {@code null}, or once it never will be, with
     * the reason. It runs on the committer thread (or the caller's, when that is already decided): keep it short.
     */
    void whenDurable(long ticket, Consumer<String> then) {
        String outcome;
        lock.lock();
        try {
            if (durableUpTo < ticket && lostBecause == null) {
                waiters.add(new Waiter(ticket, then));
                return;
            }
            outcome = durableUpTo >= ticket ? null : lostBecause;
        } finally {
            lock.unlock();
        }
        then.accept(outcome);
    }

    /** How many commits were written, for the benchmark's view of how much writers shared. */
    long commits() {
        lock.lock();
        try {
            return commits;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Stops the committer, after the commit it may be writing, before the file is closed; the replies still
     * waiting are not sent (their connections close with the store, and closing the file commits their writes).
     */
    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            asked.signal();
        } finally {
            lock.unlock();
        }
        try {
            committer.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void commitWhileAsked() {
        while (true) {
            long upTo;
            lock.lock();
            try {
                while (!closed && lostBecause == null && tickets.get() <= durableUpTo) {
                    asked.awaitUninterruptibly();
                }
                if (closed || lostBecause != null) {
                    return;
                }
                // every ticket up to here was taken after its change was made, so the commit below includes it
                upTo = tickets.get();
            } finally {
                lock.unlock();
            }
            String failure = commitOrSayWhyNot();
            List<Waiter> answered = new ArrayList<>();
            lock.lock();
            try {
                if (failure == null) {
                    durableUpTo = upTo;
                    commits++;
                }
                waiters.removeIf(w -> (failure != null || w.ticket() <= upTo) && answered.add(w));
            } finally {
                lock.unlock();
            }
            for (Waiter waiter : answered) {
                try {
                    waiter.then().accept(failure);
                } catch (RuntimeException e) {
                    log.warn("A reply waiting for a commit could not be released", e);
                }
            }
        }
    }

    private String commitOrSayWhyNot() {
        try {
            commit();
            return null;
        } catch (MongoServerError e) {
            return lostBecause;
        }
    }

    private void commit() {
        refuseIfLost();
        try {
            // a no-op when another commit (ours or H2's background one) already stored everything
            store.commit();
            if (sync) {
                store.sync();
            }
        } catch (RuntimeException e) {
            throw notDurable(e);
        }
        // H2 closes the store when a write to the file fails; a later commit on it silently does nothing
        if (store.isClosed()) {
            throw notDurable(store.getPanicException());
        }
    }

    private MongoServerError notDurable(Exception cause) {
        String reason = cause == null ? "the store file is closed" : rootCause(cause).toString();
        log.error("A write could not be made durable and is refused: {}", reason, cause);
        MongoServerError refused = new MongoServerError(WRITE_CONCERN_FAILED, "WriteConcernFailed",
                NOT_DURABLE + reason, cause);
        if (lostBecause == null) {
            lostBecause = reason;
            whenLost.accept(reason);
        }
        return refused;
    }

    /** H2 wraps the I/O error several times; the innermost one says what went wrong (disk full, ...). */
    private static Throwable rootCause(Throwable e) {
        Throwable root = e;
        for (int depth = 0; depth < 20 && root.getCause() != null; depth++) {
            root = root.getCause();
        }
        return root;
    }

    private record Waiter(long ticket, Consumer<String> then) {
    }
}
