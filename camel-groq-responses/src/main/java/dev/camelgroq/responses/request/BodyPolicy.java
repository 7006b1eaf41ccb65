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
package dev.camelgroq.responses.request;

import java.util.LinkedHashSet;
import java.util.Set;

import dev.camelgroq.responses.options.BodyFormat;

/**
 * What body content may do, as the route author configured it ({@code bodyFormat}, {@code bodyFields}): bodies are
 * data from outside, so by default a String is only ever input text and a Map may carry only its {@code input}.
 */
record BodyPolicy(BodyFormat format, Set<String> fields, boolean anyField) {

    static BodyPolicy of(BodyFormat format, String bodyFields) {
        Set<String> fields = new LinkedHashSet<>();
        boolean any = false;
        if (bodyFields != null) {
            for (String raw : bodyFields.split(",")) {
                String field = raw.strip();
                if (field.equals("*")) {
                    any = true;
                } else if (field.equals("input")) {
                    continue;
                } else if (!field.isEmpty()) {
                    if (!field.matches("[a-z_]+")) {
                        throw new IllegalArgumentException("Option bodyFields: '" + field + "' is not a request field"
                                                           + " name (snake_case, for example max_output_tokens)");
                    }
                    UnsupportedFields.checkName(field, "option bodyFields");
                    RequestFields.checkName(field, "option bodyFields");
                    fields.add(field);
                }
            }
        }
        return new BodyPolicy(format == null ? BodyFormat.TEXT : format, Set.copyOf(fields), any);
    }

    /** Throws unless the route allowed body content to set {@code field}. */
    void requireAllowed(String field, String source) {
        UnsupportedFields.checkName(field, source);
        if (!anyField && !fields.contains(field)) {
            throw new IllegalArgumentException(source + " sets request field '" + field + "', which the endpoint does"
                                               + " not let bodies set: bodies may carry only 'input' unless the route"
                                               + " allows more with bodyFields (for example bodyFields=" + field
                                               + "); remove the field from the body or allow it");
        }
    }
}
