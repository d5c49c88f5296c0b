package org.nec.platform.outbox;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The documents writers said hold new events, per collection, until the relay has read them. Bounded: past
 * {@link #LIMIT} ids (Kafka away for long under load) a collection takes no more, and the relay's look through
 * the collection finds the rest.
 */
final class Announced {

    static final int LIMIT = 100_000;

    private final Map<String, Set<Object>> ids = new ConcurrentHashMap<>();

    /** @return false if some ids were not kept (the limit is reached) */
    boolean add(String collection, Collection<?> documentIds) {
        Set<Object> set = ids.computeIfAbsent(collection, c -> ConcurrentHashMap.newKeySet());
        boolean all = true;
        for (Object id : documentIds) {
            if (set.size() >= LIMIT) {
                all = false;
            } else {
                set.add(id);
            }
        }
        return all;
    }

    /** Removes and returns up to {@code limit} ids of {@code collection}. */
    List<Object> take(String collection, int limit) {
        Set<Object> set = ids.get(collection);
        List<Object> taken = new ArrayList<>();
        if (set == null) {
            return taken;
        }
        for (Iterator<Object> it = set.iterator(); it.hasNext() && taken.size() < limit; ) {
            Object id = it.next();
            if (set.remove(id)) {
                taken.add(id);
            }
        }
        return taken;
    }

    boolean any(String collection) {
        Set<Object> set = ids.get(collection);
        return set != null && !set.isEmpty();
    }
}
