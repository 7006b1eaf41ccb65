package dev.camelgroq.responses.observe;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Keeps a tag's cardinality bounded: the first {@code limit} distinct values pass, later ones become {@code other}.
 * Models come from headers set per exchange, so a route could otherwise create a time series per typo; error codes come
 * from the server, so a hostile one could create a time series per answer. Values {@code known} to be few always pass.
 */
final class BoundedNames {

    static final String OTHER = "other";

    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final int limit;
    private final Predicate<String> known;

    BoundedNames(int limit) {
        this(limit, value -> false);
    }

    BoundedNames(int limit, Predicate<String> known) {
        this.limit = limit;
        this.known = known;
    }

    String bound(String value) {
        if (value == null || value.isEmpty()) {
            return MeterNames.NONE;
        }
        if (seen.contains(value) || known.test(value)) {
            return value;
        }
        if (seen.size() >= limit) {
            return OTHER;
        }
        seen.add(value);
        return value;
    }
}
