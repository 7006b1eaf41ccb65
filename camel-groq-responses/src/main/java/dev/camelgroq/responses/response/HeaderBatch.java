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
package dev.camelgroq.responses.response;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.camelgroq.responses.GroqResponsesConstants;
import org.apache.camel.Message;

/**
 * The component's headers for one message, collected first and written in one go. Camel keeps a message's headers in
 * a case-insensitive {@code TreeMap}, and every name here starts with the same 18 characters
 * ({@code CamelGroqResponses}): put one by one, the 30-odd headers of an answer cost some 200 comparisons of that
 * prefix and as many rebalancing steps, a tenth of a call's CPU. Collected in slots that are already in the map's
 * order, merged once with the message's own headers and handed to Camel as a sorted map, the new header map is built
 * in one linear pass. A message whose headers are not Camel's default map gets the headers one by one, as before.
 */
final class HeaderBatch {

    private static final Comparator<String> ORDER = String.CASE_INSENSITIVE_ORDER;
    /** Every header name of {@link GroqResponsesConstants}, in the order of Camel's header map: one slot each. */
    private static final String[] NAMES = headerNames();
    private static final Map<String, Integer> SLOTS = slots(NAMES);

    private final Object[] values = new Object[NAMES.length];
    private int count;

    /** Sets header {@code name} (one of {@link GroqResponsesConstants}); a null value leaves no header. */
    HeaderBatch set(String name, Object value) {
        if (value == null) {
            return this;
        }
        Integer slot = SLOTS.get(name);
        if (slot == null) {
            throw new IllegalArgumentException(name + " is not a header of GroqResponsesConstants");
        }
        if (values[slot] == null) {
            count++;
        }
        values[slot] = value;
        return this;
    }

    /** Writes the headers onto {@code message}, replacing headers of the same names. */
    void writeTo(Message message) {
        if (count == 0) {
            return;
        }
        if (!(message.getHeaders() instanceof TreeMap<String, Object> sorted) || sorted.comparator() != ORDER) {
            for (int i = 0; i < NAMES.length; i++) {
                if (values[i] != null) {
                    message.setHeader(NAMES[i], values[i]);
                }
            }
            return;
        }
        List<Map.Entry<String, Object>> merged = new ArrayList<>(sorted.size() + count);
        Iterator<Map.Entry<String, Object>> old = sorted.entrySet().iterator();
        Map.Entry<String, Object> next = old.hasNext() ? old.next() : null;
        for (int i = 0; i < NAMES.length; i++) {
            if (values[i] == null) {
                continue;
            }
            int c;
            while (next != null && (c = ORDER.compare(next.getKey(), NAMES[i])) <= 0) {
                if (c < 0) {
                    merged.add(next);
                }
                next = old.hasNext() ? old.next() : null;
            }
            merged.add(new AbstractMap.SimpleImmutableEntry<>(NAMES[i], values[i]));
        }
        while (next != null) {
            merged.add(next);
            next = old.hasNext() ? old.next() : null;
        }
        message.setHeaders(new Sorted(merged));
    }

    private static String[] headerNames() {
        TreeSet<String> names = new TreeSet<>(ORDER);
        for (Field field : GroqResponsesConstants.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                try {
                    String name = (String) field.get(null);
                    if (name.startsWith("CamelGroqResponses")) {
                        names.add(name);
                    }
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return names.toArray(String[]::new);
    }

    private static Map<String, Integer> slots(String[] names) {
        Map<String, Integer> slots = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            slots.put(names[i], i);
        }
        return slots;
    }

    /**
     * Entries already in the header map's order, for Camel to copy in one pass ({@code TreeMap.putAll} of a sorted
     * map with the same comparator); only what that copy reads is implemented.
     */
    private static final class Sorted extends AbstractMap<String, Object> implements SortedMap<String, Object> {

        private final List<Map.Entry<String, Object>> entries;

        Sorted(List<Map.Entry<String, Object>> entries) {
            this.entries = entries;
        }

        @Override
        public Comparator<? super String> comparator() {
            return ORDER;
        }

        @Override
        public Set<Map.Entry<String, Object>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Map.Entry<String, Object>> iterator() {
                    return entries.iterator();
                }

                @Override
                public int size() {
                    return entries.size();
                }
            };
        }

        @Override
        public int size() {
            return entries.size();
        }

        @Override
        public String firstKey() {
            return entries.get(0).getKey();
        }

        @Override
        public String lastKey() {
            return entries.get(entries.size() - 1).getKey();
        }

        @Override
        public SortedMap<String, Object> subMap(String fromKey, String toKey) {
            throw new UnsupportedOperationException("a one-time copy source");
        }

        @Override
        public SortedMap<String, Object> headMap(String toKey) {
            throw new UnsupportedOperationException("a one-time copy source");
        }

        @Override
        public SortedMap<String, Object> tailMap(String fromKey) {
            throw new UnsupportedOperationException("a one-time copy source");
        }
    }
}
