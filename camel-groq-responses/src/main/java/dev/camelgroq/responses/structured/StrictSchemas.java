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
package dev.camelgroq.responses.structured;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelgroq.responses.request.Json;

/**
 * Rewrites a schema for strict mode ({@code strict: true}, constrained decoding on gpt-oss models): every object lists
 * all its properties in {@code required} and forbids additional ones; a property that was optional becomes nullable.
 */
public final class StrictSchemas {

    private StrictSchemas() {
    }

    /** Rewrites {@code schema} in place and returns it. */
    public static ObjectNode strictify(ObjectNode schema) {
        walk(schema);
        return schema;
    }

    private static void walk(JsonNode node) {
        if (node.isArray()) {
            node.forEach(StrictSchemas::walk);
            return;
        }
        if (!node.isObject()) {
            return;
        }
        ObjectNode schema = (ObjectNode) node;
        if (schema.has("properties") && schema.get("properties").isObject()) {
            ObjectNode properties = (ObjectNode) schema.get("properties");
            Set<String> required = new HashSet<>();
            schema.path("required").forEach(r -> required.add(r.asText()));
            ArrayNode all = Json.MAPPER.createArrayNode();
            List<String> names = new ArrayList<>();
            properties.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                all.add(name);
                if (!required.contains(name)) {
                    properties.set(name, nullable(properties.get(name)));
                }
            }
            schema.set("required", all);
            schema.put("additionalProperties", false);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.fields(); it.hasNext();) {
            walk(it.next().getValue());
        }
    }

    private static JsonNode nullable(JsonNode property) {
        if (!property.isObject()) {
            return property;
        }
        ObjectNode p = (ObjectNode) property;
        JsonNode type = p.get("type");
        if (type != null && type.isTextual() && !p.has("enum")) {
            p.set("type", Json.MAPPER.createArrayNode().add(type.asText()).add("null"));
            return p;
        }
        if (type != null && type.isArray()) {
            boolean hasNull = false;
            for (JsonNode t : type) {
                hasNull |= "null".equals(t.asText());
            }
            if (!hasNull) {
                ((ArrayNode) type).add("null");
            }
            return p;
        }
        ObjectNode wrapper = Json.MAPPER.createObjectNode();
        wrapper.putArray("anyOf").add(p).addObject().put("type", "null");
        return wrapper;
    }
}
