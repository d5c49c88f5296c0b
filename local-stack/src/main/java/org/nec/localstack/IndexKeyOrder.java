package org.nec.localstack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.h2.mvstore.type.ObjectDataType;

import de.bwaldvogel.mongo.backend.KeyValue;

/**
 * The key type of the store's unique-index maps: the order H2 gives index keys by default, at a fraction of the
 * cost. H2 orders the library's {@link KeyValue}s, which are not {@link Comparable}, by their Java serialization,
 * and serializes both keys on every comparison of a B-tree search: some 30 serializations per lookup at 100,000
 * documents. Here each key instance is serialized once and its bytes kept while the instance lives, and the bytes
 * are compared exactly as H2 compares them, so the maps already in a file keep their order and read the same.
 */
final class IndexKeyOrder extends ObjectDataType {

    // weak keys compare by identity: an entry lives as long as the page or the lookup holding that key instance
    private final Cache<KeyValue, byte[]> serialized = Caffeine.newBuilder().weakKeys().maximumSize(500_000).build();

    @Override
    public int compare(Object a, Object b) {
        if (a != b && a instanceof KeyValue left && b instanceof KeyValue right) {
            return ObjectDataType.compareNotNull(serialized(left), serialized(right));
        }
        return super.compare(a, b);
    }

    private byte[] serialized(KeyValue key) {
        return serialized.get(key, ObjectDataType::serialize);
    }
}
