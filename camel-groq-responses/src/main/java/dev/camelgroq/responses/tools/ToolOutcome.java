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
