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

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Groq is stateless: a follow-up request carries the whole conversation. This builds it from the previous request's
 * input, the answer's output items and the new items (function outputs, approvals, repair prompts).
 */
public final class Conversation {

    private static final TypeReference<List<Map<String, Object>>> ITEMS = new TypeReference<>() {
    };

    private Conversation() {
    }

    /** The input of a request as an item list (a text input becomes one user message). */
    public static ArrayNode inputItems(ObjectNode request) {
        JsonNode input = request.path("input");
        if (input.isArray()) {
            return ((ArrayNode) input).deepCopy();
        }
        ArrayNode items = Json.MAPPER.createArrayNode();
        items.addObject().put("role", "user").put("content", input.asText());
        return items;
    }

    /**
     * The request input followed by the answer's output items as Groq takes them back as input ({@link InputItems}:
     * assistant text as an easy message, reasoning items only when kept).
     */
    public static ArrayNode withOutput(ObjectNode request, List<Map<String, Object>> output, boolean keepReasoning) {
        ArrayNode items = inputItems(request);
        items.addAll(InputItems.fromOutput(output, keepReasoning));
        return items;
    }

    /** A copy of {@code request} whose input is {@code items}. */
    public static ObjectNode continued(ObjectNode request, ArrayNode items) {
        ObjectNode next = request.deepCopy();
        next.set("input", items);
        return next;
    }

    public static List<Map<String, Object>> asList(ArrayNode items) {
        return Json.MAPPER.convertValue(items, ITEMS);
    }
}
