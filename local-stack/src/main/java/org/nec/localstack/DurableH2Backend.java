package org.nec.localstack;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * The store's H2 backend ({@link IndexedH2Backend}) with acknowledged writes made durable: the reply to a command
 * that may write leaves only once the MVStore has written its change to the file ({@link DurableReplies} holds
 * it meanwhile, {@link GroupCommit} commits). Every wire-protocol command, old or new, goes through
 * {@link #handleCommand}; plain queries never write. Once a commit has failed every command is refused.
 */
final class DurableH2Backend extends IndexedH2Backend {

    /** Commands known to read only; anything else, including a command unknown here, is treated as a write. */
    private static final Set<String> READS = Set.of("find", "getmore", "count", "distinct", "listcollections",
            "listindexes", "listdatabases", "hello", "ismaster", "ping", "buildinfo", "whatsmyuri", "serverstatus",
            "dbstats", "collstats", "killcursors", "endsessions", "getparameter", "getlasterror", "getlog",
            "connectionstatus", "explain", "hostinfo", "getcmdlineopts", "currentop", "saslstart", "saslcontinue");

    private final GroupCommit commits;

    DurableH2Backend(MVStore store, GroupCommit commits) {
        super(store);
        this.commits = commits;
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        commits.refuseIfLost();
        if (!mayWrite(command, query)) {
            return super.handleCommand(channel, database, command, query);
        }
        try {
            return super.handleCommand(channel, database, command, query);
        } finally {
            // also after a failed command: a batch can fail half-way with its first documents written
            DurableReplies.on(channel, commits).nextReplyWaitsFor(commits.changed());
        }
    }

    @Override
    public void close() {
        commits.close();
        super.close();
    }

    GroupCommit commits() {
        return commits;
    }

    static boolean mayWrite(String command, Document query) {
        String name = command.toLowerCase(Locale.ROOT);
        if (name.equals("aggregate")) {
            return query.get("pipeline") instanceof List<?> stages && stages.stream()
                    .anyMatch(stage -> stage instanceof Document d && (d.containsKey("$out") || d.containsKey("$merge")));
        }
        return !READS.contains(name);
    }
}
