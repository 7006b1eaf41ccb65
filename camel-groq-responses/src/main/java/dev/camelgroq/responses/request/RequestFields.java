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

import java.util.Iterator;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The top-level fields of Groq's published {@code CreateResponseRequest} schema, which allows no others
 * ({@code additionalProperties: false}). A request with any other field is refused before any call, naming the field;
 * {@code additionalBodyProperty.<field>} is the explicit way to send one anyway. The list is the schema's, checked
 * against the schema shipped in the test kit by {@code RequestFieldsTest}, so it cannot drift from it.
 */
public final class RequestFields {

    /** The properties of {@code CreateResponseRequest} (store and truncation are refused by UnsupportedFields). */
    public static final Set<String> ACCEPTED = Set.of("model", "input", "instructions", "max_output_tokens",
            "temperature", "top_p", "tools", "tool_choice", "text", "reasoning", "metadata", "parallel_tool_calls",
            "store", "stream", "user", "service_tier", "truncation");

    private RequestFields() {
    }

    /** Throws when the request holds a field the schema does not list, other than those in {@code escapeHatch}. */
    public static void check(JsonNode request, Set<String> escapeHatch, String source) {
        for (Iterator<String> names = request.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!escapeHatch.contains(name)) {
                checkName(name, source);
            }
        }
    }

    /** Throws when {@code field} is not a field of Groq's Responses request. */
    public static void checkName(String field, String source) {
        if (!ACCEPTED.contains(field)) {
            throw new IllegalArgumentException("Request field '" + field + "' (from " + source + ") is not a field of"
                                               + " Groq's Responses API request, which takes no others: remove it, or"
                                               + " set additionalBodyProperty." + field + " to send it deliberately");
        }
    }
}
