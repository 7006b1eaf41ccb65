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

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Produces a deterministic JSON document that conforms to a JSON schema: every property filled, the first enum value,
 * numbers inside their bounds, arrays with their minimum size (at least one item). Strings are derived from the
 * property name and the request input so that examples produce readable data offline.
 */
final class SchemaSampler {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 8;

    private final JsonNode root;
    private final String seedText;

    SchemaSampler(JsonNode root, String seedText) {
        this.root = root;
        this.seedText = seedText == null ? "" : seedText;
    }

    JsonNode sample() {
        return sample(root, "value", 0);
    }

    private JsonNode sample(JsonNode schema, String name, int depth) {
        schema = resolve(schema);
        if (schema.has("const")) {
            return schema.get("const");
        }
        if (schema.has("enum") && schema.get("enum").size() > 0) {
            return schema.get("enum").get(0);
        }
        for (String combinator : new String[] { "anyOf", "oneOf", "allOf" }) {
            if (schema.has(combinator)) {
                return sample(firstNonNull(schema.get(combinator)), name, depth);
            }
        }
        String type = type(schema);
        if (depth > MAX_DEPTH && ("object".equals(type) || "array".equals(type))) {
            return NODES.nullNode();
        }
        switch (type) {
            case "object":
                return object(schema, depth);
            case "array":
                return array(schema, name, depth);
            case "integer":
                return NODES.numberNode((long) bounded(schema, 3));
            case "number":
                return NODES.numberNode(bounded(schema, 4.5));
            case "boolean":
                return NODES.booleanNode(true);
            case "null":
                return NODES.nullNode();
            default:
                return NODES.textNode(string(schema, name));
        }
    }

    private ObjectNode object(JsonNode schema, int depth) {
        ObjectNode out = NODES.objectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = schema.path("properties").fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            out.set(field.getKey(), sample(field.getValue(), field.getKey(), depth + 1));
        }
        return out;
    }

    private ArrayNode array(JsonNode schema, String name, int depth) {
        ArrayNode out = NODES.arrayNode();
        int size = Math.max(1, schema.path("minItems").asInt(1));
        if (schema.has("maxItems")) {
            size = Math.min(size, schema.get("maxItems").asInt());
        }
        for (int i = 0; i < size; i++) {
            out.add(sample(schema.path("items"), singular(name), depth + 1));
        }
        return out;
    }

    private double bounded(JsonNode schema, double preferred) {
        double value = preferred;
        if (schema.has("minimum")) {
            value = Math.max(value, schema.get("minimum").asDouble());
        }
        if (schema.has("exclusiveMinimum") && schema.get("exclusiveMinimum").isNumber()) {
            value = Math.max(value, schema.get("exclusiveMinimum").asDouble() + 1);
        }
        if (schema.has("maximum")) {
            value = Math.min(value, schema.get("maximum").asDouble());
        }
        if (schema.has("exclusiveMaximum") && schema.get("exclusiveMaximum").isNumber()) {
            value = Math.min(value, schema.get("exclusiveMaximum").asDouble() - 1);
        }
        return value;
    }

    private String string(JsonNode schema, String name) {
        String format = schema.path("format").asText("");
        switch (format) {
            case "date":
                return "2026-01-15";
            case "date-time":
                return "2026-01-15T10:00:00Z";
            case "email":
                return "someone@example.com";
            case "uri":
                return "https://example.com/" + name;
            default:
                break;
        }
        String seed = seedText.strip();
        String base = seed.isEmpty() ? "sample " + name : name + " of " + abbreviate(seed, 40);
        int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
        int min = schema.path("minLength").asInt(0);
        StringBuilder s = new StringBuilder(base.length() > max ? base.substring(0, max) : base);
        while (s.length() < min) {
            s.append('x');
        }
        return s.toString();
    }

    private JsonNode resolve(JsonNode schema) {
        int hops = 0;
        while (schema.has("$ref") && hops++ < 32) {
            String ref = schema.get("$ref").asText();
            if (!ref.startsWith("#")) {
                return NODES.objectNode();
            }
            JsonNode target = root.at(ref.substring(1));
            if (target.isMissingNode()) {
                return NODES.objectNode();
            }
            schema = target;
        }
        return schema;
    }

    private JsonNode firstNonNull(JsonNode options) {
        for (JsonNode option : options) {
            if (!"null".equals(type(resolve(option)))) {
                return option;
            }
        }
        return options.size() > 0 ? options.get(0) : NODES.objectNode();
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asText())) {
                    return t.asText();
                }
            }
            return "null";
        }
        if (type.isTextual()) {
            return type.asText();
        }
        if (schema.has("properties")) {
            return "object";
        }
        if (schema.has("items")) {
            return "array";
        }
        return "string";
    }

    private static String singular(String name) {
        return name.endsWith("s") && name.length() > 1 ? name.substring(0, name.length() - 1) : name;
    }

    private static String abbreviate(String text, int max) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max);
    }
}
