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
package dev.camelgroq.responses.test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Checks a Responses request the way Groq does. Strict (the default): against Groq's published
 * {@code CreateResponseRequest} schema and its documented extensions ({@link GroqRequestSchema}); a violation is
 * answered 400 {@code invalid_request_error} with the offending field path as {@code param}. Lenient (only for tests
 * that deliberately send what Groq refuses): the body must be an object with a {@code model} and an {@code input}.
 * Returns the error {@link Reply} to send, or {@code null} when the request is accepted.
 */
final class RequestValidator {

    private RequestValidator() {
    }

    static Reply validate(JsonNode body, boolean strict) {
        if (!body.isObject()) {
            return invalid("the request body must be a JSON object", null);
        }
        if (strict) {
            GroqRequestSchema.Violation violation = GroqRequestSchema.get().check(body);
            return violation == null ? null : invalid(violation.message(), violation.param());
        }
        if (!body.path("model").isTextual() || body.path("model").asText().isBlank()) {
            return invalid("'model' : property 'model' is missing or not a string", "model");
        }
        JsonNode input = body.path("input");
        if (!(input.isTextual() || input.isArray())) {
            return invalid("'input' : property 'input' is missing or is neither a string nor an array", "input");
        }
        return null;
    }

    static Reply invalid(String message, String param) {
        return Reply.error(400, "invalid_request_error", null, message).param(param);
    }
}
