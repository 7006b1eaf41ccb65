package dev.camelgroq.responses.observe;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps a tag's cardinality bounded: the first {@code limit} distinct values pass, later ones become {@code other}.
 * Models come from headers set per exchange, so a route could otherwise create a time series per typo.
 */
final class BoundedNames {

    static final String OTHER = "other";

    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final int limit;

    BoundedNames(int limit) {
        this.limit = limit;
    }

    String bound(String value) {
        if (value == null || value.isEmpty()) {
            return MeterNames.NONE;
        }
        if (seen.contains(value)) {
            return value;
        }
        if (seen.size() >= limit) {
            return OTHER;
        }
        seen.add(value);
        return value;
    }
}
