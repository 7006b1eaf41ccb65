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

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Builds the JSON of a successful Responses answer the way Groq writes it (see Groq's Responses API page): the output
 * items, the echo of the request settings, usage and, when {@code Groq-Beta: inference-metrics} was sent, the timing
 * metadata.
 */
final class ResponseFactory {

    /** The answer and the token counts the rate limiter charges. */
    record Built(ObjectNode body, long inputTokens, long outputTokens, long cachedTokens) {
    }

    private final ObjectMapper mapper;

    ResponseFactory(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** {@code cachedTokens}: what the prompt cache holds of this request (a reply's own usage figures win). */
    Built build(EmulatorRequest request, Reply reply, Duration delay, long cachedTokens) {
        JsonNode req = request.json();
        ScriptedOutput scripted = reply.output;
        ArrayNode output = mapper.createArrayNode();
        String reasoning = scripted.reasoning;
        if (reasoning == null && req.has("reasoning") && reply.isAuto()) {
            reasoning = "The user asks: " + abbreviate(request.lastUserText(), 80) + ". Answer briefly.";
        }
        if (reasoning != null) {
            ObjectNode item = output.addObject();
            item.put("type", "reasoning");
            item.put("id", Ids.next("resp_"));
            item.put("status", "completed");
            item.putArray("content").addObject().put("type", "reasoning_text").put("text", reasoning);
            item.putArray("summary");
        }
        for (Map<String, Object> extra : scripted.extraItems) {
            output.add(mapper.valueToTree(extra));
        }
        for (Map<String, Object> call : scripted.functionCalls) {
            ObjectNode item = output.addObject();
            item.put("type", "function_call");
            item.put("id", Ids.next("fc_"));
            item.put("call_id", Ids.next("call_"));
            item.put("name", (String) call.get("name"));
            item.put("arguments", (String) call.get("arguments"));
            item.put("status", "completed");
        }
        String text = reply.isAuto() ? defaultText(request) : scripted.text;
        if (text != null && !text.isEmpty()) {
            ObjectNode message = output.addObject();
            message.put("type", "message");
            message.put("id", Ids.next("msg_"));
            message.put("status", scripted.responseStatus);
            message.put("role", "assistant");
            ObjectNode part = message.putArray("content").addObject();
            part.put("type", "output_text");
            part.put("text", text);
            part.putArray("annotations");
            part.putNull("logprobs");
        }

        long inputTokens = scripted.usageInputTokens != null ? scripted.usageInputTokens
                : Tokens.estimate(request.rawBody().length());
        long reasoningTokens = reasoning == null ? 0 : Tokens.estimate(reasoning.length());
        long outputTokens = scripted.usageOutputTokens != null ? scripted.usageOutputTokens
                : Tokens.estimate(output.toString().length());
        long cached = scripted.cachedTokens != null ? scripted.cachedTokens : Math.min(cachedTokens, inputTokens);

        ObjectNode body = mapper.createObjectNode();
        body.put("id", Ids.next("resp_"));
        body.put("object", "response");
        body.put("status", scripted.responseStatus);
        body.put("created_at", Instant.now().getEpochSecond());
        body.set("output", output);
        body.putNull("previous_response_id");
        body.put("model", request.model());
        body.set("reasoning", req.has("reasoning") ? req.get("reasoning") : mapper.nullNode());
        body.set("max_output_tokens", req.has("max_output_tokens") ? req.get("max_output_tokens") : mapper.nullNode());
        body.set("text", req.has("text") ? req.get("text") : mapper.createObjectNode().set("format",
                mapper.createObjectNode().put("type", "text")));
        body.set("tools", req.has("tools") ? req.get("tools") : mapper.createArrayNode());
        body.set("tool_choice", req.has("tool_choice") ? req.get("tool_choice") : mapper.getNodeFactory().textNode("auto"));
        body.put("truncation", "disabled");
        body.set("metadata", metadata(request, inputTokens, outputTokens, delay));
        body.set("temperature", req.has("temperature") ? req.get("temperature") : mapper.getNodeFactory().numberNode(1));
        body.set("top_p", req.has("top_p") ? req.get("top_p") : mapper.getNodeFactory().numberNode(1));
        body.set("user", req.has("user") ? req.get("user") : mapper.nullNode());
        body.put("service_tier", req.path("service_tier").asText("default"));
        body.put("background", false);
        if (scripted.failureCode != null || scripted.failureMessage != null) {
            body.putObject("error").put("code", scripted.failureCode).put("message", scripted.failureMessage);
        } else {
            body.putNull("error");
        }
        if (scripted.incompleteReason != null) {
            body.putObject("incomplete_details").put("reason", scripted.incompleteReason);
        } else {
            body.putNull("incomplete_details");
        }
        ObjectNode usage = body.putObject("usage");
        usage.put("input_tokens", inputTokens);
        usage.putObject("input_tokens_details").put("cached_tokens", cached).put("reasoning_tokens", 0);
        usage.put("output_tokens", outputTokens);
        usage.putObject("output_tokens_details").put("cached_tokens", 0).put("reasoning_tokens", reasoningTokens);
        usage.put("total_tokens", inputTokens + outputTokens);
        body.put("parallel_tool_calls", req.path("parallel_tool_calls").asBoolean(true));
        body.put("store", false);
        body.put("top_logprobs", 0);
        body.putNull("max_tool_calls");
        return new Built(body, inputTokens, outputTokens, cached);
    }

    private ObjectNode metadata(EmulatorRequest request, long inputTokens, long outputTokens, Duration delay) {
        ObjectNode metadata = mapper.createObjectNode();
        JsonNode own = request.json().path("metadata");
        if (own.isObject()) {
            metadata.setAll((ObjectNode) own);
        }
        String beta = request.header("Groq-Beta");
        if (beta != null && beta.contains("inference-metrics")) {
            double queue = 0.012;
            double prompt = inputTokens / 20_000.0;
            double completion = Math.max(0.001, outputTokens / 500.0);
            double total = queue + prompt + completion + delay.toMillis() / 1000.0;
            metadata.put("completion_time", seconds(completion));
            metadata.put("prompt_time", seconds(prompt));
            metadata.put("queue_time", seconds(queue));
            metadata.put("total_time", seconds(total));
        }
        return metadata;
    }

    private String defaultText(EmulatorRequest request) {
        String type = request.textFormatType();
        if ("json_schema".equals(type)) {
            JsonNode schema = request.json().path("text").path("format").path("schema");
            return new SchemaSampler(schema, request.lastUserText()).sample().toString();
        }
        if ("json_object".equals(type)) {
            return mapper.createObjectNode().put("answer", abbreviate(request.lastUserText(), 200)).toString();
        }
        return "Emulated answer to: " + abbreviate(request.lastUserText(), 200);
    }

    private static String seconds(double value) {
        return String.format(Locale.ROOT, "%.9f", value);
    }

    private static String abbreviate(String text, int max) {
        String oneLine = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max) + "...";
    }
}
