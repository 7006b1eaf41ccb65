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

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The OpenAI request fields Groq's Responses API does not support. A request carrying one is refused before any HTTP
 * call, with what to do instead.
 */
public final class UnsupportedFields {

    private static final Map<String, String> ADVICE = Map.of(
            "previous_response_id",
            "Groq is stateless: send the whole conversation as the input item list (a List body of message and output"
                                    + " items) instead",
            "store", "Groq does not store responses: remove it and keep the output items yourself if you need them",
            "truncation", "Groq does not truncate for you: trim the input item list before sending it",
            "include", "Groq does not support include: reasoning and tool items already come back in the output",
            "safety_identifier", "use the user option to identify the end user instead",
            "prompt_cache_key", "Groq caches prompts automatically without a key: remove it");

    private UnsupportedFields() {
    }

    /** Throws when the request holds a field Groq does not support. */
    public static void check(JsonNode request, String source) {
        for (Map.Entry<String, String> e : ADVICE.entrySet()) {
            if (request.has(e.getKey())) {
                throw refusal(e.getKey(), source);
            }
        }
    }

    /** Throws when {@code field} is not supported by Groq. */
    public static void checkName(String field, String source) {
        if (ADVICE.containsKey(field)) {
            throw refusal(field, source);
        }
    }

    private static IllegalArgumentException refusal(String field, String source) {
        return new IllegalArgumentException("Request field '" + field + "' (from " + source
                                            + ") is not supported by Groq's Responses API: " + ADVICE.get(field) + ".");
    }
}
