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
 * A Responses answer read once: the JSON object as Maps and Lists, every output item as a Map (unknown item types kept
 * as sent), and what the client derives from them (output text, reasoning text, function calls). The answer is parsed
 * straight into Maps, the form the exchange headers carry: a tree is built only when {@link #root()} asks for one.
 */
public final class ParsedResponse {

    /** Reads an answer's JSON object as Maps; built once (resolving the generic type per answer was per-call work). */
    private static final ObjectReader OBJECT = Json.MAPPER.readerFor(new TypeReference<Map<String, Object>>() {
    });

    private final Map<String, Object> fields;
    private final Long inputTokens;
    private final Long outputTokens;
    private final Long totalTokens;
    private final Long cachedTokens;
    private final Long reasoningTokens;
    private final Map<String, Object> metadata;
    private final List<Map<String, Object>> output;
    private final String outputText;
    private final String reasoning;
    private final List<Map<String, Object>> functionCalls;
    private JsonNode root;

    /** The answer {@code root} (a JSON object). */
    public ParsedResponse(JsonNode root) {
        this(Json.MAPPER.convertValue(root, new TypeReference<Map<String, Object>>() {
        }));
        this.root = root;
    }

    /** The answer as the Maps and Lists of its JSON object. */
    private ParsedResponse(Map<String, Object> fields) {
        this.fields = fields;
        // read once: every answer's usage is read by the rate limiter, the headers, the tally and the meters
        Map<String, Object> usage = object(fields, "usage");
        this.inputTokens = number(usage, "input_tokens");
        this.outputTokens = number(usage, "output_tokens");
        this.totalTokens = number(usage, "total_tokens");
        this.cachedTokens = number(object(usage, "input_tokens_details"), "cached_tokens");
        this.reasoningTokens = number(object(usage, "output_tokens_details"), "reasoning_tokens");
        this.metadata = object(fields, "metadata");
        this.output = items(fields.get("output"));
        // most answers have one text part: it is the output text as it is, without a copy
        String text = "";
        List<String> thoughts = new ArrayList<>();
        List<Map<String, Object>> calls = new ArrayList<>();
        for (Map<String, Object> item : output) {
            Object type = item.get("type");
            if ("message".equals(type)) {
                for (Map<String, Object> part : objects(item.get("content"))) {
                    if ("output_text".equals(part.get("type"))) {
                        String piece = asText(part.get("text"));
                        text = text.isEmpty() ? piece : text.concat(piece);
                    }
                }
            } else if ("reasoning".equals(type)) {
                collectReasoning(item, thoughts);
            } else if ("function_call".equals(type)) {
                calls.add(item);
            }
        }
        this.outputText = text;
        this.reasoning = thoughts.isEmpty() ? null : String.join("\n", thoughts);
        this.functionCalls = calls;
    }

    /**
     * The answer in {@code json}, or null when it is not a JSON object (a truncated or malformed body, an array, a
     * scalar).
     */
    public static ParsedResponse parse(byte[] json) {
        try {
            Map<String, Object> fields = OBJECT.readValue(json);
            return fields == null ? null : new ParsedResponse(fields);
        } catch (IOException notAnObject) {
            return null;
        }
    }

    /** An "output" that is not an array (a hostile or broken answer) has no items; an item must be an object. */
    private static List<Map<String, Object>> items(Object output) {
        if (!(output instanceof List<?> list)) {
            return List.of();
        }
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof Map)) {
                throw new IllegalStateException("the answer's output[" + i + "] is not a JSON object");
            }
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) list;
        return items;
    }

    /** The objects of a JSON array value; anything else (or a non-object element) contributes nothing. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> objects(Object value) {
        if (!(value instanceof List<?> list) || list.isEmpty()) {
            return List.of();
        }
        List<Map<String, Object>> objects = new ArrayList<>(list.size());
        for (Object element : list) {
            if (element instanceof Map) {
                objects.add((Map<String, Object>) element);
            }
        }
        return objects;
    }

    private static void collectReasoning(Map<String, Object> item, List<String> thoughts) {
        List<Map<String, Object>> content = objects(item.get("content"));
        for (Map<String, Object> part : content) {
            if (part.containsKey("text")) {
                thoughts.add(asText(part.get("text")));
            }
        }
        if (content.isEmpty()) {
            for (Map<String, Object> part : objects(item.get("summary"))) {
                if (part.containsKey("text")) {
                    thoughts.add(asText(part.get("text")));
                }
            }
        }
    }

    /** A JSON value as text: a scalar as written, absent, null, objects and arrays as "". */
    private static String asText(Object value) {
        return value == null || value instanceof Map || value instanceof List ? "" : value.toString();
    }

    /** The answer as a JSON tree, built on the first call (the hot path reads the Maps). */
    public JsonNode root() {
        if (root == null) {
            root = Json.MAPPER.valueToTree(fields);
        }
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
        return text(fields, "status");
    }

    /** The answer's id, or null. */
    public String id() {
        return text(fields, "id");
    }

    /** The model that answered, or null. */
    public String model() {
        return text(fields, "model");
    }

    /** {@code incomplete_details.reason}, or null. */
    public String incompleteReason() {
        return text(object(fields, "incomplete_details"), "reason");
    }

    /** The answer's {@code error} object, or null when it has none. */
    public Map<String, Object> error() {
        return object(fields, "error");
    }

    /** {@code usage.input_tokens}, or null when the answer does not say. */
    public Long inputTokens() {
        return inputTokens;
    }

    /** {@code usage.output_tokens}, or null. */
    public Long outputTokens() {
        return outputTokens;
    }

    /** {@code usage.total_tokens}, or null. */
    public Long totalTokens() {
        return totalTokens;
    }

    /** {@code usage.input_tokens_details.cached_tokens}, or null. */
    public Long cachedTokens() {
        return cachedTokens;
    }

    /** {@code usage.output_tokens_details.reasoning_tokens}, or null. */
    public Long reasoningTokens() {
        return reasoningTokens;
    }

    private static Long number(Map<String, Object> object, String field) {
        Object v = object == null ? null : object.get(field);
        return v instanceof Number number ? Long.valueOf(number.longValue()) : null;
    }

    /** A timing figure of the metadata ({@code completion_time} ...) in seconds, or null. */
    public Double timing(String key) {
        Object v = metadata == null ? null : metadata.get(key);
        if (v instanceof Number number) {
            return number.doubleValue();
        }
        if (v instanceof String s) {
            try {
                return Decimals.parse(s);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** A scalar field of {@code object} as text (as Jackson's {@code asText(null)}), null when absent or not a scalar. */
    public static String text(Map<String, Object> object, String field) {
        Object v = object == null ? null : object.get(field);
        return v == null || v instanceof Map || v instanceof List ? null : v.toString();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Map<String, Object> object, String field) {
        Object v = object == null ? null : object.get(field);
        return v instanceof Map ? (Map<String, Object>) v : null;
    }
}
