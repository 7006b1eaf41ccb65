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

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.camelgroq.responses.request.Json;

/**
 * A Responses answer read once: the raw JSON, every output item as a Map (unknown item types kept as sent), and what
 * the client derives from them (output text, reasoning text, function calls).
 */
public final class ParsedResponse {

    /** Reads the output items as Maps; built once (resolving the generic type on every answer was per-call work). */
    private static final ObjectReader ITEMS = Json.MAPPER.readerFor(new TypeReference<List<Map<String, Object>>>() {
    });

    private final JsonNode root;
    private final List<Map<String, Object>> output;
    private final String outputText;
    private final String reasoning;
    private final List<Map<String, Object>> functionCalls;

    public ParsedResponse(JsonNode root) {
        this.root = root;
        JsonNode items = root.path("output");
        this.output = items.isArray() ? items(items) : List.of();
        StringBuilder text = new StringBuilder();
        List<String> thoughts = new ArrayList<>();
        List<Map<String, Object>> calls = new ArrayList<>();
        // an "output" that is not an array (a hostile or broken answer) has no items: size() counts object fields
        for (int i = 0; items.isArray() && i < items.size(); i++) {
            JsonNode item = items.get(i);
            switch (item.path("type").asText()) {
                case "message":
                    for (JsonNode part : item.path("content")) {
                        if ("output_text".equals(part.path("type").asText())) {
                            text.append(part.path("text").asText());
                        }
                    }
                    break;
                case "reasoning":
                    collectReasoning(item, thoughts);
                    break;
                case "function_call":
                    calls.add(output.get(i));
                    break;
                default:
                    break;
            }
        }
        this.outputText = text.toString();
        this.reasoning = thoughts.isEmpty() ? null : String.join("\n", thoughts);
        this.functionCalls = calls;
    }

    private static List<Map<String, Object>> items(JsonNode items) {
        try {
            return ITEMS.readValue(items);
        } catch (IOException e) {
            // a tree Jackson has parsed always maps to Maps and Lists
            throw new IllegalStateException("cannot map the output items: " + e.getMessage(), e);
        }
    }

    private static void collectReasoning(JsonNode item, List<String> thoughts) {
        for (JsonNode part : item.path("content")) {
            if (part.has("text")) {
                thoughts.add(part.path("text").asText());
            }
        }
        if (!item.path("content").isArray() || item.path("content").isEmpty()) {
            for (JsonNode part : item.path("summary")) {
                if (part.has("text")) {
                    thoughts.add(part.path("text").asText());
                }
            }
        }
    }

    public JsonNode root() {
        return root;
    }

    public List<Map<String, Object>> output() {
        return output;
    }

    public String outputText() {
        return outputText;
    }

    /** The reasoning text, or null when the answer has none. */
    public String reasoning() {
        return reasoning;
    }

    public List<Map<String, Object>> functionCalls() {
        return functionCalls;
    }

    public String status() {
        return root.path("status").asText(null);
    }

    /** A usage figure such as {@code input_tokens} or {@code output_tokens_details/reasoning_tokens}, or null. */
    public Long usage(String path) {
        JsonNode n = root.path("usage");
        int from = 0;
        for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', from)) {
            n = n.path(path.substring(from, slash));
            from = slash + 1;
        }
        n = n.path(path.substring(from));
        return n.isNumber() ? n.asLong() : null;
    }

    /** A timing figure of the metadata ({@code completion_time} ...) in seconds, or null. */
    public Double timing(String key) {
        JsonNode n = root.path("metadata").path(key);
        if (n.isNumber()) {
            return n.asDouble();
        }
        if (n.isTextual()) {
            try {
                return Double.parseDouble(n.asText());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
