package org.nec.localstack;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.bwaldvogel.mongo.exception.MongoServerError;

/**
 * Makes the store's writes durable before they are acknowledged, one MVStore commit for all the writers waiting
 * at the same time (group commit). A writer takes a ticket once its change is in the maps and returns once a
 * commit that started after its ticket has written its chunk to the file. Writers queued behind a commit find
 * their ticket covered by the next one instead of each paying for their own.
 * <p>
 * The first commit that fails marks the store lost for good: from then on it refuses every command, reads and
 * {@code ping} included, so that its clients see it away instead of a store that answers but keeps nothing.
 */
final class GroupCommit {

    /** MongoDB's {@code WriteConcernFailed}: the write may be applied in memory, it is not durable. */
    static final int WRITE_CONCERN_FAILED = 64;
    /** MongoDB's {@code ShutdownInProgress}: drivers drop their connections and report the server unavailable. */
    static final int SHUTDOWN_IN_PROGRESS = 91;

    private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);

    private final MVStore store;
    private final boolean sync;
    private final AtomicLong tickets = new AtomicLong();
    private final ReentrantLock lock = new ReentrantLock();
    private long durableUpTo; // guarded by lock
    private long commits; // guarded by lock
    private volatile String lostBecause;
    private volatile Consumer<String> whenLost = reason -> { };

    /**
     * @param sync also force the file to the disk after each commit: a write then survives a power loss, not only
     *             the death of the process (the chunk written is in the kernel's page cache either way)
     */
    GroupCommit(MVStore store, boolean sync) {
        this.store = store;
        this.sync = sync;
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

    /** Returns once every change made by the calling thread so far is in the file, or throws. */
    void awaitDurable() {
        long ticket = tickets.incrementAndGet();
        lock.lock();
        try {
            if (durableUpTo >= ticket) {
                return;
            }
            // every ticket up to here was taken after its change was made, so the commit below includes it
            long upTo = tickets.get();
            commit();
            durableUpTo = upTo;
            commits++;
        } finally {
            lock.unlock();
        }
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
                "the store could not make the write durable: " + reason, cause);
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
}
