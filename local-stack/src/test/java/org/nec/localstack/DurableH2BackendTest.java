package org.nec.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import de.bwaldvogel.mongo.bson.Document;

class DurableH2BackendTest {

    @Test
    void writingCommandsWaitForTheCommitAndReadsDoNot() {
        assertThat(DurableH2Backend.mayWrite("insert", new Document())).isTrue();
        assertThat(DurableH2Backend.mayWrite("findAndModify", new Document())).isTrue();
        assertThat(DurableH2Backend.mayWrite("createIndexes", new Document())).isTrue();
        assertThat(DurableH2Backend.mayWrite("find", new Document())).isFalse();
        assertThat(DurableH2Backend.mayWrite("getMore", new Document())).isFalse();
        assertThat(DurableH2Backend.mayWrite("isMaster", new Document())).isFalse();
    }

    @Test
    void anUnknownCommandCountsAsAWrite() {
        assertThat(DurableH2Backend.mayWrite("someFutureCommand", new Document())).isTrue();
    }

    @Test
    void anAggregationWritesOnlyThroughOutOrMerge() {
        Document match = new Document("$match", new Document("status", "CONFIRMED"));
        assertThat(DurableH2Backend.mayWrite("aggregate", new Document("pipeline", List.of(match)))).isFalse();
        assertThat(DurableH2Backend.mayWrite("aggregate",
                new Document("pipeline", List.of(match, new Document("$out", "copy"))))).isTrue();
        assertThat(DurableH2Backend.mayWrite("aggregate",
                new Document("pipeline", List.of(new Document("$merge", new Document("into", "copy")))))).isTrue();
    }
}
