package dev.camelgroq.responses.test;

import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Checks a Responses request the way Groq does: required fields and their types, fields Groq does not support, fields
 * it does not know. Returns the error {@link Reply} to send, or {@code null} when the request is valid.
 */
final class RequestValidator {

    static final Set<String> UNSUPPORTED = Set.of("previous_response_id", "store", "truncation", "include",
            "safety_identifier", "prompt_cache_key");

    private static final Set<String> KNOWN = Set.of("model", "input", "instructions", "text", "reasoning", "tools",
            "tool_choice", "parallel_tool_calls", "temperature", "top_p", "max_output_tokens", "max_tool_calls",
            "service_tier", "metadata", "user", "stream", "background", "top_logprobs");

    private static final Set<String> TOOL_TYPES = Set.of("function", "browser_search", "code_interpreter", "mcp");
    private static final Set<String> ROLES = Set.of("user", "assistant", "system", "developer");

    private RequestValidator() {
    }

    static Reply validate(JsonNode body) {
        if (!body.isObject()) {
            return invalid("the request body must be a JSON object", null);
        }
        Iterator<String> names = body.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (UNSUPPORTED.contains(name)) {
                return invalid("'" + name + "' is not supported by Groq's Responses API", name);
            }
            if (!KNOWN.contains(name)) {
                return invalid("property '" + name + "' is unsupported", name);
            }
        }
        if (!body.path("model").isTextual() || body.path("model").asText().isBlank()) {
            return invalid("'model' : property 'model' is missing or not a string", "model");
        }
        JsonNode input = body.path("input");
        if (!(input.isTextual() || input.isArray())) {
            return invalid("'input' : property 'input' is missing or is neither a string nor an array", "input");
        }
        Reply problem = checkItems(input);
        if (problem == null) {
            problem = checkScalars(body);
        }
        if (problem == null) {
            problem = checkTools(body);
        }
        if (problem == null) {
            problem = checkTextFormat(body.path("text"));
        }
        return problem;
    }

    private static Reply checkItems(JsonNode input) {
        int index = 0;
        for (JsonNode item : input) {
            String where = "input[" + index++ + "]";
            if (!item.isObject()) {
                return invalid("'" + where + "' must be an object", where);
            }
            String type = item.path("type").asText(item.has("role") ? "message" : "");
            if ("message".equals(type)) {
                if (!ROLES.contains(item.path("role").asText())) {
                    return invalid("'" + where + ".role' must be one of " + ROLES, where + ".role");
                }
                JsonNode content = item.path("content");
                if (!(content.isTextual() || content.isArray())) {
                    return invalid("'" + where + ".content' must be a string or an array", where + ".content");
                }
            } else if ("function_call_output".equals(type)) {
                if (!item.path("call_id").isTextual() || !item.has("output")) {
                    return invalid("'" + where + "' needs 'call_id' and 'output'", where);
                }
            } else if ("function_call".equals(type)) {
                if (!item.path("call_id").isTextual() || !item.path("name").isTextual()) {
                    return invalid("'" + where + "' needs 'call_id', 'name' and 'arguments'", where);
                }
            } else if (type.isEmpty()) {
                return invalid("'" + where + "' has no 'type' and no 'role'", where);
            }
        }
        return null;
    }

    private static Reply checkScalars(JsonNode body) {
        if (body.has("instructions") && !body.get("instructions").isTextual()) {
            return invalid("'instructions' must be a string", "instructions");
        }
        if (body.has("temperature") && !inRange(body.get("temperature"), 0, 2)) {
            return invalid("'temperature' must be a number between 0 and 2", "temperature");
        }
        if (body.has("top_p") && !inRange(body.get("top_p"), 0, 1)) {
            return invalid("'top_p' must be a number between 0 and 1", "top_p");
        }
        if (body.has("max_output_tokens")
                && !(body.get("max_output_tokens").canConvertToInt() && body.get("max_output_tokens").asInt() >= 1)) {
            return invalid("'max_output_tokens' must be an integer of at least 1", "max_output_tokens");
        }
        if (body.has("parallel_tool_calls") && !body.get("parallel_tool_calls").isBoolean()) {
            return invalid("'parallel_tool_calls' must be a boolean", "parallel_tool_calls");
        }
        if (body.has("service_tier") && !Set.of("auto", "default", "flex", "on_demand", "performance")
                .contains(body.get("service_tier").asText())) {
            return invalid("'service_tier' must be one of on_demand, flex, performance, auto", "service_tier");
        }
        if (body.has("user") && !body.get("user").isTextual()) {
            return invalid("'user' must be a string", "user");
        }
        if (body.has("metadata")) {
            JsonNode metadata = body.get("metadata");
            if (!metadata.isObject()) {
                return invalid("'metadata' must be an object of strings", "metadata");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = metadata.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getValue().isTextual()) {
                    return invalid("'metadata." + e.getKey() + "' must be a string", "metadata." + e.getKey());
                }
            }
        }
        if (body.has("reasoning")) {
            String effort = body.path("reasoning").path("effort").asText("medium");
            if (!Set.of("low", "medium", "high").contains(effort)) {
                return invalid("'reasoning.effort' must be one of low, medium, high", "reasoning.effort");
            }
        }
        return null;
    }

    private static Reply checkTools(JsonNode body) {
        if (body.has("tool_choice")) {
            JsonNode choice = body.get("tool_choice");
            if (!(choice.isObject() || Set.of("auto", "none", "required").contains(choice.asText()))) {
                return invalid("'tool_choice' must be auto, none, required or an object", "tool_choice");
            }
        }
        if (!body.has("tools")) {
            return null;
        }
        if (!body.get("tools").isArray()) {
            return invalid("'tools' must be an array", "tools");
        }
        int index = 0;
        for (JsonNode tool : body.get("tools")) {
            String where = "tools[" + index++ + "]";
            String type = tool.path("type").asText();
            if (!TOOL_TYPES.contains(type)) {
                return invalid("'" + where + ".type' must be one of " + TOOL_TYPES, where + ".type");
            }
            if ("function".equals(type) && !tool.path("name").isTextual()) {
                return invalid("'" + where + ".name' is required for function tools", where + ".name");
            }
            if ("mcp".equals(type) && !(tool.path("server_label").isTextual() && tool.path("server_url").isTextual())) {
                return invalid("'" + where + "' needs 'server_label' and 'server_url'", where);
            }
        }
        return null;
    }

    private static Reply checkTextFormat(JsonNode text) {
        if (text.isMissingNode()) {
            return null;
        }
        JsonNode format = text.path("format");
        String type = format.path("type").asText("text");
        if (!Set.of("text", "json_object", "json_schema").contains(type)) {
            return invalid("'text.format.type' must be text, json_object or json_schema", "text.format.type");
        }
        if ("json_schema".equals(type)) {
            if (!format.path("name").isTextual()) {
                return invalid("'text.format.name' is required for json_schema", "text.format.name");
            }
            if (!format.path("schema").isObject()) {
                return invalid("'text.format.schema' must be a JSON schema object", "text.format.schema");
            }
        }
        return null;
    }

    private static boolean inRange(JsonNode n, double min, double max) {
        return n.isNumber() && n.asDouble() >= min && n.asDouble() <= max;
    }

    static Reply invalid(String message, String param) {
        return Reply.error(400, "invalid_request_error", null, message).param(param);
    }
}
