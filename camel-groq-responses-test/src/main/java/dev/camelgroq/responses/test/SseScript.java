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

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The server-sent events of a streamed answer in OpenAI's Responses shape: {@code response.created},
 * {@code response.in_progress}, per output item {@code response.output_item.added}, for a message
 * {@code response.content_part.added}, {@code response.output_text.delta}... {@code response.output_text.done},
 * {@code response.content_part.done}, then {@code response.output_item.done}, and finally
 * {@code response.completed} (or {@code response.incomplete} / {@code response.failed}) carrying the same response
 * object a non-streamed call returns. The {@link Reply} says how to chunk, format and break the stream.
 */
final class SseScript {

    private final ObjectMapper mapper;
    private final ObjectNode response;
    private final StreamShape options;
    private final List<byte[]> events = new ArrayList<>();
    private int sequence;
    private int deltas;
    private boolean stopped;

    private SseScript(ObjectMapper mapper, ObjectNode response, StreamShape options) {
        this.mapper = mapper;
        this.response = response;
        this.options = options;
    }

    /** The events of {@code response}, each one formatted block of bytes. */
    static List<byte[]> events(ObjectMapper mapper, ObjectNode response, Reply options) {
        SseScript script = new SseScript(mapper, response, options.stream);
        script.build();
        return script.events;
    }

    /**
     * The event a flood repeats ({@link Reply#eventFlood}): {@code response.completed} carrying {@code response},
     * padded with a {@code padding} field of {@link HostileStream#floodPadChars} characters.
     */
    static byte[] floodEvent(ObjectMapper mapper, ObjectNode response, Reply options) {
        SseScript script = new SseScript(mapper, response, options.stream);
        int padChars = Math.max(0, options.hostile.floodPadChars);
        ObjectNode fields = mapper.createObjectNode().put("padding", "x".repeat(padChars));
        fields.set("response", response);
        script.emit("response.completed", fields);
        return script.events.get(0);
    }

    private void build() {
        ObjectNode started = response.deepCopy();
        started.put("status", "in_progress");
        started.putArray("output");
        started.putNull("usage");
        emit("response.created", mapper.createObjectNode().set("response", started));
        emit("response.in_progress", mapper.createObjectNode().set("response", started));
        int index = 0;
        for (JsonNode item : response.path("output")) {
            if (stopped) {
                return;
            }
            if ("message".equals(item.path("type").asText())) {
                message((ObjectNode) item, index);
            } else {
                emit("response.output_item.added", itemEvent(item, index));
                emit("response.output_item.done", itemEvent(item, index));
            }
            index++;
        }
        if (stopped) {
            return;
        }
        if (options.failedCode != null) {
            ObjectNode failed = response.deepCopy().put("status", "failed");
            failed.putObject("error").put("code", options.failedCode).put("message", options.failedMessage);
            emit("response.failed", mapper.createObjectNode().set("response", failed));
        } else if ("incomplete".equals(response.path("status").asText())) {
            emit("response.incomplete", mapper.createObjectNode().set("response", response));
        } else {
            emit("response.completed", mapper.createObjectNode().set("response", response));
        }
        if (options.dataOnly) {
            block(null, "[DONE]");
        }
    }

    private void message(ObjectNode item, int index) {
        ObjectNode added = item.deepCopy().put("status", "in_progress");
        added.putArray("content");
        emit("response.output_item.added", itemEvent(added, index));
        int part = 0;
        for (JsonNode content : item.path("content")) {
            String text = content.path("text").asText("");
            ObjectNode empty = ((ObjectNode) content).deepCopy().put("text", "");
            emit("response.content_part.added", partEvent(item, index, part).set("part", empty));
            for (String delta : chunks(text, options.chunkChars)) {
                if (options.errorAfterDeltas != null && deltas >= options.errorAfterDeltas) {
                    ObjectNode error = mapper.createObjectNode().put("code", options.errorCode)
                            .put("message", options.errorMessage);
                    error.putNull("param");
                    emit("error", error);
                    stopped = true;
                    return;
                }
                emit("response.output_text.delta", partEvent(item, index, part).put("delta", delta)
                        .set("logprobs", mapper.createArrayNode()));
                deltas++;
            }
            emit("response.output_text.done", partEvent(item, index, part).put("text", text));
            emit("response.content_part.done", partEvent(item, index, part).set("part", content));
            part++;
        }
        emit("response.output_item.done", itemEvent(item, index));
    }

    private ObjectNode itemEvent(JsonNode item, int index) {
        ObjectNode event = mapper.createObjectNode().put("output_index", index);
        event.set("item", item);
        return event;
    }

    private ObjectNode partEvent(JsonNode item, int index, int part) {
        return mapper.createObjectNode().put("item_id", item.path("id").asText()).put("output_index", index)
                .put("content_index", part);
    }

    private void emit(String type, ObjectNode fields) {
        ObjectNode event = mapper.createObjectNode().put("type", type).put("sequence_number", sequence++);
        event.setAll(fields);
        block(type, event.toString());
    }

    private void block(String type, String data) {
        String eol = options.crlf ? "\r\n" : "\n";
        StringBuilder b = new StringBuilder();
        if (options.keepAlives && !events.isEmpty()) {
            b.append(": keep-alive").append(eol).append(eol);
        }
        if (type != null && !options.dataOnly) {
            b.append("event: ").append(type).append(eol);
        }
        b.append("data: ").append(data).append(eol).append(eol);
        events.add(b.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Splits text into pieces of at most {@code size} code points (a character is never split). */
    static List<String> chunks(String text, int size) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.offsetByCodePoints(start, Math.min(size, text.codePointCount(start, text.length())));
            pieces.add(text.substring(start, end));
            start = end;
        }
        return pieces;
    }
}
