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
package dev.camelgroq.responses.tools;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelgroq.responses.request.Json;

/** What one tool call produced: the output sent back to the model and how it went (ok, error, unknown_tool). */
public record ToolOutcome(String callId, String name, String arguments, String output, long durationMillis,
                          String outcome) {

    /** The {@code function_call_output} item for the next request. */
    public ObjectNode outputItem() {
        return Json.MAPPER.createObjectNode().put("type", "function_call_output").put("call_id", callId)
                .put("output", output);
    }

    /** The entry of the CamelGroqResponsesToolCalls header. */
    public Map<String, Object> summary() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("callId", callId);
        m.put("arguments", arguments);
        m.put("durationMillis", durationMillis);
        m.put("outcome", outcome);
        return m;
    }
}
