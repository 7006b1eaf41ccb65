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
package dev.camelgroq.responses.stream;

import java.io.IOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.camelgroq.responses.request.Json;

/**
 * One step of a streamed answer as the component acts on it: a text delta, a terminal event (completed, incomplete,
 * failed, error), the end of the HTTP body or a transport failure. Progress events and the {@code [DONE]} marker need
 * no action and are not queued. The kind comes from the JSON {@code type} (the {@code event:} line is only a
 * fallback). {@code size} is what the event weighs in the bounded queue: the length of its data, terminal events
 * included (a server may send many); the end of the body and a transport failure, which come once, weigh nothing.
 */
record StreamEvent(Kind kind, JsonNode json, String text, Throwable failure, int size) {

    enum Kind {
        DELTA, COMPLETED, INCOMPLETE, FAILED, ERROR, END, TRANSPORT_FAILURE
    }

    /** The event to act on, or null for one that needs no action (progress events, non-object data). */
    static StreamEvent of(SseParser.Event event) {
        String data = event.data();
        if ("[DONE]".equals(data.strip())) {
            return null;
        }
        JsonNode json;
        try {
            json = Json.MAPPER.readTree(data);
        } catch (IOException e) {
            return new StreamEvent(Kind.TRANSPORT_FAILURE, MissingNode.getInstance(), null,
                    new IOException("a streamed event is not JSON: " + abbreviate(data), e), data.length());
        }
        if (json == null || !json.isObject()) {
            return null;
        }
        String type = json.path("type").asText(event.name() == null ? "" : event.name());
        Kind kind;
        switch (type) {
            case "response.output_text.delta":
                String text = json.path("delta").asText("");
                return new StreamEvent(Kind.DELTA, json, text, null, data.length());
            case "response.completed":
                kind = Kind.COMPLETED;
                break;
            case "response.incomplete":
                kind = Kind.INCOMPLETE;
                break;
            case "response.failed":
                kind = Kind.FAILED;
                break;
            case "error":
                kind = Kind.ERROR;
                break;
            default:
                return null;
        }
        return new StreamEvent(kind, json, null, null, data.length());
    }

    /** A delta with the sequence number and item id of {@code last} and the text of several joined deltas. */
    static StreamEvent delta(StreamEvent last, String text) {
        return new StreamEvent(Kind.DELTA, last.json(), text, null, text.length());
    }

    static StreamEvent end() {
        return new StreamEvent(Kind.END, MissingNode.getInstance(), null, null, 0);
    }

    static StreamEvent failure(Throwable cause) {
        return new StreamEvent(Kind.TRANSPORT_FAILURE, MissingNode.getInstance(), null, cause, 0);
    }

    Long sequence() {
        JsonNode n = json.path("sequence_number");
        return n.canConvertToLong() ? n.asLong() : null;
    }

    String itemId() {
        return json.path("item_id").asText(null);
    }

    private static String abbreviate(String text) {
        return text.length() <= 120 ? text : text.substring(0, 120) + "...";
    }
}
