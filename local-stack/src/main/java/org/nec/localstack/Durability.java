package org.nec.localstack;

import java.nio.file.Path;
import java.util.Locale;

import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.backend.h2.H2Backend;

/** When the store's file holds a write the client was told succeeded. */
public enum Durability {

    /** H2's own background commit, about once a second: a crash loses the last second of acknowledged writes. */
    BACKGROUND,
    /** Each write is in the file before its reply: it survives the death of the store's process. */
    COMMIT,
    /** As {@link #COMMIT}, and the file is forced to the disk: it also survives a power loss. */
    SYNC;

    /**
     * Opens the MVStore with H2's background commit kept in every mode: besides committing it compacts old
     * chunks, which keeps the file from growing when every write commits a small chunk of its own.
     */
    H2Backend open(Path file) {
        return open(file.toString());
    }

    /** As {@link #open(Path)}, for a file name H2 resolves itself (a file system prefix such as {@code nio:}). */
    H2Backend open(String fileName) {
        MVStore store = MVStore.open(fileName);
        if (this == COMMIT) {
            // a chunk per write: free space is reused after 5 s instead of H2's 45 s, or the file grows by
            // gigabytes under load; the writes only have to outlive the process, not a power loss
            store.setRetentionTime(5_000);
        }
        return this == BACKGROUND ? new IndexedH2Backend(store) : new DurableH2Backend(store, new GroupCommit(store, this == SYNC));
    }

    public static Durability parse(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
