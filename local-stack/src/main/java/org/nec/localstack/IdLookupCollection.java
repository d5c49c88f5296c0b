package org.nec.localstack;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import org.h2.mvstore.MVMap;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;

/**
 * An H2 collection that serves a filter with an equality or {@code $in} on {@code _id} and other conditions
 * ({@code {_id: x, status: "PENDING"}}) from the {@code _id} index: the library uses an index only when the
 * filter has exactly the index's fields, and otherwise matches every document of the collection.
 * <p>
 * The index gives the candidates, the library's matcher then checks the whole filter on them, and they are
 * visited in the order the scan would visit them, so finds, counts, updates (upserts, positional operators),
 * deletes and findAndModify answer as the scan does. Any other filter goes the library's way.
 */
final class IdLookupCollection extends H2Collection {

    private final MVMap<Object, Document> dataMap;

    IdLookupCollection(MongoDatabase database, String collectionName, CollectionOptions options,
            MVMap<Object, Document> dataMap, MVMap<String, Object> metaMap, CursorRegistry cursorRegistry) {
        super(database, collectionName, options, dataMap, metaMap, cursorRegistry);
        this.dataMap = dataMap;
    }

    @Override
    protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit, int batchSize,
            Document fieldSelector) {
        List<Object> candidates = idCandidates(query, orderBy);
        if (candidates == null) {
            return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }
        return matchDocuments(query, candidates, orderBy, numberToSkip, limit, batchSize, fieldSelector);
    }

    /** The positions of the documents the filter's {@code _id} condition allows, or null to scan. */
    private List<Object> idCandidates(Document query, Document orderBy) {
        String idField = getIdField();
        Object condition = idField == null || query == null ? null : idCondition(query, idField);
        if (!servesId(condition)) {
            return null;
        }
        Document byId = new Document(idField, condition);
        Index<Object> idIndex = null;
        for (Index<Object> index : getIndexes()) {
            if (index.canHandle(query)) {
                return null; // an index for the whole filter: the library uses it
            }
            if (index.isUnique() && index.getKeys().size() == 1 && index.getKeys().get(0).getKey().equals(idField)
                    && index.canHandle(byId)) {
                idIndex = index;
            }
        }
        if (idIndex == null) {
            return null;
        }
        List<Object> positions = new ArrayList<>();
        idIndex.getPositions(byId).forEach(positions::add);
        // the scan's order: the map's key order, or the library's own order for a descending natural sort
        Comparator<Object> order = isNaturalDescending(orderBy) ? ValueComparator.desc() : dataMap.getKeyType()::compare;
        positions.sort(order);
        return positions;
    }

    /**
     * The condition on {@code _id} at the top of the filter ({@code {_id: x, status: "PENDING"}}, as Spring Data
     * writes it) or in one member of a top-level {@code $and} (as the driver's {@code Filters.and} writes it): every
     * match of the filter satisfies it. Null when there is none.
     */
    static Object idCondition(Document query, String idField) {
        if (query.containsKey(idField)) {
            return query.get(idField);
        }
        if (query.get("$and") instanceof List<?> members) {
            for (Object member : members) {
                if (member instanceof Document conjunct && conjunct.containsKey(idField)) {
                    return conjunct.get(idField);
                }
            }
        }
        return null;
    }

    /** An equality on a plain value or an {@code $in} of plain values; never null, an array or a regex. */
    static boolean servesId(Object condition) {
        if (condition instanceof Document expression && expression.keySet().stream().anyMatch(k -> k.startsWith("$"))) {
            return expression.size() == 1 && expression.get("$in") instanceof Collection<?> values
                    && !values.isEmpty() && values.stream().allMatch(IdLookupCollection::plainValue);
        }
        return plainValue(condition);
    }

    private static boolean plainValue(Object value) {
        if (value == null || value instanceof Collection<?> || value instanceof Pattern
                || BsonRegularExpression.isRegularExpression(value)) {
            return false;
        }
        return !(value instanceof Document document) || document.keySet().stream().noneMatch(k -> k.startsWith("$"));
    }
}
