package org.nec.localstack;

import java.util.List;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;

/**
 * The H2 backend whose collections answer a filter with an equality or {@code $in} on {@code _id} plus other
 * conditions from the {@code _id} index instead of scanning the collection (see {@link IdLookupCollection}).
 * Its unique indexes compare their keys without serializing them each time (see {@link IndexKeyOrder}). The data
 * stays in the maps and in the format the library writes, so a file from either reads with the other.
 */
class IndexedH2Backend extends H2Backend {

    // must match the library's H2Database, which names a collection's maps this way
    private static final String DATA_PREFIX = "databases.";
    private static final String META_PREFIX = "meta.";

    IndexedH2Backend(MVStore store) {
        super(store);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new Database(databaseName, getCursorRegistry());
    }

    /**
     * An inner class on purpose: H2Database opens the collections already in the file from its constructor, before
     * any field of a subclass is assigned, while the reference to the enclosing backend (and so to the store) is
     * assigned before the super constructor runs.
     */
    private final class Database extends H2Database {

        Database(String databaseName, CursorRegistry cursorRegistry) {
            super(databaseName, IndexedH2Backend.this.getMvStore(), cursorRegistry);
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                boolean sparse) {
            // the library's map name for the index, opened with a key order that does not serialize per comparison
            String mapName = getFullCollectionNamespace(collectionName) + "._index_" + indexName;
            MVMap<KeyValue, Object> map = IndexedH2Backend.this.getMvStore()
                    .openMap(mapName, new MVMap.Builder<KeyValue, Object>().keyType(new IndexKeyOrder()));
            return new IndexMapIndex(map, indexName, keys, sparse);
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            String fullName = getFullCollectionNamespace(collectionName);
            MVStore store = IndexedH2Backend.this.getMvStore();
            MVMap<Object, Document> dataMap = store.openMap(DATA_PREFIX + fullName);
            MVMap<String, Object> metaMap = store.openMap(META_PREFIX + fullName);
            return new IdLookupCollection(this, collectionName, options, dataMap, metaMap, cursorRegistry);
        }
    }
}
