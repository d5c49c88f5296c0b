package org.nec.waitinglist;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The interleavings two writes of a quota can meet, each tried many times over a real MongoDB wire-protocol store:
 * whatever the order, nobody keeps a place they gave back and no place stays free while someone waits.
 */
class QuotaRacesTest {

    private static final int ROUNDS = 300;
    private static final String COLLECTION = "quotas";

    private static MongoServer server;
    private static MongoClient client;
    private static ExecutorService threads;
    private MongoTemplate mongo;
    private Quota quota;

    @BeforeAll
    static void startStore() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
        threads = Executors.newFixedThreadPool(2);
    }

    @AfterAll
    static void stopStore() {
        threads.shutdownNow();
        client.close();
        server.shutdownNow();
    }

    @BeforeEach
    void emptyQuotas() {
        mongo = new MongoTemplate(client, "quota-races");
        mongo.dropCollection(COLLECTION);
        quota = new Quota(mongo, COLLECTION);
    }

    @Test
    void someoneWhoLeavesTheLineAsTheyArePromotedKeepsNothing() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String id = "leave-" + round;
            insert(id, 0, List.of("holder"), List.of("leaver"));

            together(() -> {
                quota.release(id, "holder", Update::new);
                quota.promoteNext(id, first -> new Update());
            }, () -> quota.release(id, "leaver", Update::new));

            Document after = mongo.findById(id, Document.class, COLLECTION);
            assertThat(after.getList(Quota.HOLDERS, String.class)).as("round %d: %s", round, after).isEmpty();
            assertThat(after.getList(Quota.WAITLIST, String.class)).as("round %d: %s", round, after).isEmpty();
            assertThat(after.getInteger(Quota.AVAILABLE)).as("round %d: %s", round, after).isEqualTo(1);
        }
    }

    @Test
    void aPlaceFreedWhileSomeoneJoinsTheLineIsTheirs() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String id = "join-" + round;
            insert(id, 0, List.of("holder"), List.of());

            together(() -> quota.claim(id, "newcomer"), () -> {
                quota.release(id, "holder", Update::new);
                quota.promoteNext(id, first -> new Update());
            });

            Document after = mongo.findById(id, Document.class, COLLECTION);
            assertThat(after.getList(Quota.HOLDERS, String.class)).as("round %d: %s", round, after)
                    .containsExactly("newcomer");
            assertThat(after.getList(Quota.WAITLIST, String.class)).as("round %d: %s", round, after).isEmpty();
            assertThat(after.getInteger(Quota.AVAILABLE)).as("round %d: %s", round, after).isZero();
        }
    }

    @Test
    void aClosedQuotaTakesAndPromotesNobodyButLetsEveryoneGo() {
        insert("closed", 0, List.of("holder"), List.of("waiting"));

        quota.close("closed");
        Seat newcomer = quota.claim("closed", "newcomer");
        boolean held = quota.release("closed", "holder", Update::new);
        var promoted = quota.promoteNext("closed", first -> new Update());
        quota.close("never-opened");

        assertThat(newcomer).isEqualTo(Seat.waiting(0));
        assertThat(held).isTrue();
        assertThat(promoted).isEmpty();
        assertThat(quota.seatOf("closed", "waiting")).isEqualTo(Seat.waiting(1));
        assertThat(mongo.findById("never-opened", Document.class, COLLECTION)).as("not made by closing").isNull();
    }

    private void insert(String id, int available, List<String> holders, List<String> waitlist) {
        mongo.insert(new Document("_id", id).append(Quota.AVAILABLE, available).append(Quota.HOLDERS, holders)
                .append(Quota.WAITLIST, waitlist), COLLECTION);
    }

    /** Runs both at once (as near as two threads get) and waits for both. */
    private static void together(Runnable one, Runnable other) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        Future<?> first = threads.submit(() -> {
            start.await(5, TimeUnit.SECONDS);
            one.run();
            return null;
        });
        Future<?> second = threads.submit(() -> {
            start.await(5, TimeUnit.SECONDS);
            other.run();
            return null;
        });
        first.get(10, TimeUnit.SECONDS);
        second.get(10, TimeUnit.SECONDS);
    }
}
