package org.nec.localstack;

import java.util.ArrayDeque;
import java.util.Deque;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.MongoDatabaseHandler;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import de.bwaldvogel.mongo.wire.message.MongoReply;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.ChannelPromise;
import io.netty.util.AttributeKey;

/**
 * Holds the reply to each write on one connection until {@link GroupCommit} has put the write in the file, without
 * holding up the event-loop thread, which meanwhile serves the other connections it carries. Replies leave in the
 * order they were written; a write the store could not make durable is answered with MongoDB's
 * {@code WriteConcernFailed} instead of its reply. Everything here runs on the connection's event loop.
 */
final class DurableReplies extends ChannelOutboundHandlerAdapter {

    private static final AttributeKey<DurableReplies> KEY = AttributeKey.valueOf(DurableReplies.class.getName());

    private final GroupCommit commits;
    private final Deque<Held> held = new ArrayDeque<>();
    private long nextReplyWaitsFor;

    private DurableReplies(GroupCommit commits) {
        this.commits = commits;
    }

    /** The connection's handler, put in front of mongo-java-server's command handler on the first write. */
    static DurableReplies on(Channel channel, GroupCommit commits) {
        DurableReplies replies = channel.attr(KEY).get();
        if (replies == null) {
            replies = new DurableReplies(commits);
            channel.attr(KEY).set(replies);
            ChannelPipeline pipeline = channel.pipeline();
            pipeline.addBefore(pipeline.context(MongoDatabaseHandler.class).name(), "durable-replies", replies);
        }
        return replies;
    }

    /** The reply written next answers the write behind {@code ticket}: it leaves once that write is durable. */
    void nextReplyWaitsFor(long ticket) {
        nextReplyWaitsFor = ticket;
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object reply, ChannelPromise promise) {
        long ticket = nextReplyWaitsFor;
        nextReplyWaitsFor = 0;
        if (ticket == 0 && held.isEmpty()) {
            ctx.write(reply, promise);
            return;
        }
        held.add(new Held(reply, promise, ticket));
        if (ticket != 0) {
            commits.whenDurable(ticket, failure -> ctx.executor().execute(() -> release(ctx, ticket, failure)));
        }
    }

    @Override
    public void flush(ChannelHandlerContext ctx) {
        if (held.isEmpty()) {
            ctx.flush();
        }
    }

    /** Sends what waited for {@code ticket}, and the replies behind it that wait for nothing later. */
    private void release(ChannelHandlerContext ctx, long ticket, String failure) {
        // a connection's tickets grow with its writes: whatever waits for an earlier one is decided too
        while (!held.isEmpty() && held.peek().ticket() <= ticket) {
            Held reply = held.poll();
            boolean refused = failure != null && reply.ticket() != 0;
            ctx.write(refused ? refusal(reply.reply(), failure) : reply.reply(), reply.promise());
        }
        ctx.flush();
    }

    private static Object refusal(Object reply, String failure) {
        Document error = new Document("ok", 0.0).append("errmsg", GroupCommit.NOT_DURABLE + failure)
                .append("code", GroupCommit.WRITE_CONCERN_FAILED).append("codeName", "WriteConcernFailed");
        if (reply instanceof MongoMessage message) {
            return new MongoMessage(message.getChannel(), message.getHeader(), error);
        }
        if (reply instanceof MongoReply legacy) {
            return new MongoReply(legacy.getHeader(), error);
        }
        throw new IllegalStateException("Unknown reply type " + reply.getClass().getName());
    }

    private record Held(Object reply, ChannelPromise promise, long ticket) {
    }
}
