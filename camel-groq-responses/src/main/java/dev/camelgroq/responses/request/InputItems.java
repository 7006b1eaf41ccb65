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
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The one place where items go back to Groq as input, in the shapes Groq's published schema accepts
 * ({@code ResponseInputItem}): whatever sends earlier output back (conversation memory, structured-output repairs, tool
 * and MCP approval loops, a List body built from an earlier {@code CamelGroqResponsesOutput} header) passes its items
 * through here.
 * <ul>
 * <li>An assistant message becomes the easy message {@code {"role":"assistant","content":"<its text>"}} (the schema
 * takes no assistant role with an explicit type, and no {@code output_text} parts); one without text is left out.</li>
 * <li>A user, system or developer message keeps its role and content; {@code id} and {@code status} are left out, and
 * a typed message whose content is text becomes the easy message (typed messages take content parts only).</li>
 * <li>{@code function_call} keeps {@code type}, {@code call_id}, {@code name}, {@code arguments}; and
 * {@code function_call_output} keeps {@code type}, {@code call_id}, {@code output} (JSON text when they were not
 * text). {@code item_reference} is kept as it is.</li>
 * <li>MCP approvals ({@code mcp_approval_request} and its {@code mcp_approval_response}, Groq's MCP documentation) are
 * kept with their own fields, as the model needs the request it is answered for.</li>
 * <li>Items the schema has no input form for are left out: {@code reasoning} (unless keepReasoningItems, which sends it
 * as it came, outside the schema), {@code mcp_list_tools}, {@code mcp_call} and the built-in tools' items. Their text
 * is already in the assistant message that follows them.</li>
 * </ul>
 * Items of an answer whose type is unknown are left out too; in a body, an item of unknown type is refused, as it is
 * more likely a mistake than an answer's item.
 */
public final class InputItems {

    /** Output item types that have no input form in Groq's schema and are left out. */
    private static final Set<String> OUTPUT_ONLY = Set.of("reasoning", "mcp_list_tools", "mcp_call");

    private InputItems() {
    }

    /** An answer's output items as input for the next request. */
    public static ArrayNode fromOutput(List<Map<String, Object>> output, boolean keepReasoning) {
        ArrayNode items = Json.MAPPER.createArrayNode();
        for (Map<String, Object> item : output) {
            JsonNode converted = convert(Json.MAPPER.valueToTree(item), keepReasoning, null);
            if (converted != null) {
                items.add(converted);
            }
        }
        return items;
    }

    /**
     * Items from elsewhere (a body, a stored conversation, an earlier request) in the accepted shapes. {@code source}
     * names where they come from for the message of a refused item, or is null to leave unknown items out.
     */
    public static ArrayNode normalize(JsonNode items, boolean keepReasoning, String source) {
        ArrayNode out = Json.MAPPER.createArrayNode();
        int index = 0;
        for (JsonNode item : items) {
            JsonNode converted = convert(item, keepReasoning, source == null ? null : source + " item " + index);
            if (converted != null) {
                out.add(converted);
            }
            index++;
        }
        return out;
    }

    /** One item in its accepted shape, or null when it is left out. */
    private static JsonNode convert(JsonNode item, boolean keepReasoning, String where) {
        if (!item.isObject()) {
            if (where != null) {
                throw new IllegalArgumentException(where + " must be an object, got " + item);
            }
            return null;
        }
        String type = item.path("type").asText(item.has("role") ? "message" : "");
        switch (type) {
        case "message":
            return message(item, where);
        case "function_call":
            return pick(item, "type", "call_id", "name").put("arguments", text(item.get("arguments")));
        case "function_call_output":
            return pick(item, "type", "call_id").put("output", text(item.get("output")));
        case "item_reference":
            return pick(item, "type", "id");
        case "mcp_approval_request":
            return pick(item, "type", "id", "server_label", "name").put("arguments", text(item.get("arguments")));
        case "mcp_approval_response":
            return pick(item, "type", "approval_request_id", "approve", "reason");
        case "reasoning":
            return keepReasoning ? item.deepCopy() : null;
        default:
            if (where != null && !OUTPUT_ONLY.contains(type) && !type.endsWith("_call")) {
                throw new IllegalArgumentException(where + " has " + (type.isEmpty() ? "no 'type' and no 'role'"
                        : "type '" + type + "'") + ", which Groq's Responses API does not take as input: send"
                                                   + " messages (role and content), function_call,"
                                                   + " function_call_output or item_reference items");
            }
            return null; // reasoning, MCP listings and calls, built-in tool items: no input form
        }
    }

    private static JsonNode message(JsonNode item, String where) {
        String role = item.path("role").asText("");
        JsonNode content = item.get("content");
        if ("assistant".equals(role)) {
            String text = content == null ? "" : content.isTextual() ? content.asText() : partsText(content);
            return text.isEmpty() ? null : Json.MAPPER.createObjectNode().put("role", role).put("content", text);
        }
        if (where != null && !List.of("user", "system", "developer").contains(role)) {
            throw new IllegalArgumentException(where + " has role '" + role + "': use user, assistant, system or"
                                               + " developer");
        }
        if (content == null || content.isTextual() || !item.has("type")) {
            ObjectNode easy = Json.MAPPER.createObjectNode().put("role", role);
            return content == null ? easy : easy.set("content", content);
        }
        return pick(item, "type", "role", "content");
    }

    /** The text of an assistant message's content parts ({@code output_text}, or any part with text). */
    private static String partsText(JsonNode parts) {
        StringBuilder text = new StringBuilder();
        for (JsonNode part : parts) {
            if (part.path("text").isTextual()) {
                text.append(part.get("text").asText());
            }
        }
        return text.toString();
    }

    private static ObjectNode pick(JsonNode item, String... names) {
        ObjectNode out = Json.MAPPER.createObjectNode();
        for (String name : names) {
            if (item.has(name)) {
                out.set(name, item.get(name));
            }
        }
        return out;
    }

    private static String text(JsonNode value) {
        return value == null || value.isNull() ? "" : value.isTextual() ? value.asText() : value.toString();
    }
}
