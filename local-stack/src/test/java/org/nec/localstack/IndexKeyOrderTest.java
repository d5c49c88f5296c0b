package org.nec.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;

class IndexKeyOrderTest {

    @Test
    void ordersIndexKeysExactlyAsH2DoesByDefault() {
        List<Object> keys = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            keys.add(new KeyValue("s-" + i));
            keys.add(new KeyValue(i * 7919L % 1000));
            keys.add(new KeyValue(new Document("seat", i).append("row", "r" + i)));
            keys.add(new KeyValue("e-" + i, i));
        }
        keys.add(new KeyValue(new ObjectId()));
        keys.add("not a key value");
        IndexKeyOrder order = new IndexKeyOrder();
        ObjectDataType h2 = new ObjectDataType();
        for (int round = 0; round < 2; round++) { // the second round compares cached forms
            for (Object a : keys) {
                for (Object b : keys) {
                    assertThat(Integer.signum(order.compare(a, b))).as("%s vs %s", a, b)
                            .isEqualTo(Integer.signum(h2.compare(a, b)));
                }
            }
        }
    }
}
