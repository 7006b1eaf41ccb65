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
package dev.camelgroq.responses.memory;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Which items a turn keeps: user and assistant messages, {@code function_call} and {@code function_call_output}.
 * Everything else stays out of the history: system and developer messages (instructions are never stored), reasoning,
 * MCP and built-in tool items, approvals, and the repair prompts of structured outputs.
 */
final class TurnItems {

    private TurnItems() {
    }

    /** An item of the new input worth keeping: a user or assistant message, a function call or its output. */
    static boolean isConversational(JsonNode item) {
        return isMessage(item) || isFunctionItem(item);
    }

    /** A function_call or a function_call_output. */
    static boolean isFunctionItem(JsonNode item) {
        String type = item.path("type").asText("");
        return "function_call".equals(type) || "function_call_output".equals(type);
    }

    /** An item of the final answer worth keeping: its message or a function call. */
    static boolean isAnswer(Map<String, Object> item) {
        Object type = item.get("type");
        return "message".equals(type) || "function_call".equals(type);
    }

    private static boolean isMessage(JsonNode item) {
        String role = item.path("role").asText("");
        String type = item.path("type").asText("message");
        return "message".equals(type) && List.of("user", "assistant").contains(role);
    }
}
