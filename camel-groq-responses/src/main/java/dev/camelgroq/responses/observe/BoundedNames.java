/*
 * Copyright 2026 The camel-groq-responses authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
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
