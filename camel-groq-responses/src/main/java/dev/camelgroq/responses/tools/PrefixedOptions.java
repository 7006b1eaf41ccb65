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
package dev.camelgroq.responses.tools;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads multi-value options of the form {@code prefix.NAME.property=value} (for example {@code tool.lookup.endpoint}
 * or {@code mcp.docs.url}) into one object per NAME, in the order they were given. A key without a NAME, or a
 * property the object does not have, fails naming the option and listing the properties there are.
 */
final class PrefixedOptions {

    /** Sets one property; returns false when the object has no such property. */
    @FunctionalInterface
    interface Setter<T> {
        boolean set(T target, String name, String property, String value);
    }

    private PrefixedOptions() {
    }

    /**
     * Groups {@code options} (the keys after {@code prefix.}) by NAME. {@code nameWord} names the NAME part in the
     * messages (NAME, LABEL); {@code properties} lists the properties the messages offer.
     */
    static <T> Map<String, T> group(String prefix, String nameWord, List<String> properties,
                                    Map<String, Object> options, Function<String, T> create, Setter<T> setter) {
        Map<String, T> declared = new LinkedHashMap<>();
        if (options == null) {
            return declared;
        }
        for (Map.Entry<String, Object> e : options.entrySet()) {
            int dot = e.getKey().indexOf('.');
            if (dot < 1) {
                throw new IllegalArgumentException("Option " + prefix + "." + e.getKey() + " must be "
                                                   + shapes(prefix, nameWord, properties));
            }
            String name = e.getKey().substring(0, dot);
            String property = e.getKey().substring(dot + 1);
            T target = declared.computeIfAbsent(name, create);
            if (!setter.set(target, name, property, String.valueOf(e.getValue()))) {
                throw new IllegalArgumentException("Option " + prefix + "." + e.getKey() + ": unknown property '"
                                                   + property + "' (" + String.join(", ", properties) + ")");
            }
        }
        return declared;
    }

    /** "tool.NAME.endpoint, tool.NAME.description or tool.NAME.strict". */
    private static String shapes(String prefix, String nameWord, List<String> properties) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < properties.size(); i++) {
            s.append(i == 0 ? "" : i == properties.size() - 1 ? " or " : ", ").append(prefix).append('.')
                    .append(nameWord).append('.').append(properties.get(i));
        }
        return s.toString();
    }
}
