package org.nec.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import de.bwaldvogel.mongo.bson.Document;

class IdLookupCollectionTest {

    @Test
    void findsTheIdConditionAtTheTopOrInATopLevelAnd() {
        assertThat(IdLookupCollection.idCondition(new Document("_id", "q").append("status", "PENDING"), "_id"))
                .isEqualTo("q");
        Document driverAnd = new Document("$and", List.of(new Document("status", "PENDING"), new Document("_id", "q")));
        assertThat(IdLookupCollection.idCondition(driverAnd, "_id")).isEqualTo("q");
        assertThat(IdLookupCollection.idCondition(new Document("$or", List.of(new Document("_id", "q"))), "_id")).isNull();
        assertThat(IdLookupCollection.idCondition(new Document("status", "PENDING"), "_id")).isNull();
    }

    @Test
    void servesEqualitiesAndInListsOfPlainValuesOnly() {
        assertThat(IdLookupCollection.servesId("q")).isTrue();
        assertThat(IdLookupCollection.servesId(new Document("seat", 3))).isTrue();
        assertThat(IdLookupCollection.servesId(new Document("$in", List.of("a", "b")))).isTrue();

        assertThat(IdLookupCollection.servesId(null)).isFalse();
        assertThat(IdLookupCollection.servesId(List.of("a"))).isFalse();
        assertThat(IdLookupCollection.servesId(Pattern.compile("^a"))).isFalse();
        assertThat(IdLookupCollection.servesId(new Document("$in", List.of()))).isFalse();
        assertThat(IdLookupCollection.servesId(new Document("$in", List.of("a")).append("$ne", "b"))).isFalse();
        assertThat(IdLookupCollection.servesId(new Document("$gt", "a"))).isFalse();
        assertThat(IdLookupCollection.servesId(new Document("$in", Arrays.asList("a", null)))).isFalse();
    }
}
