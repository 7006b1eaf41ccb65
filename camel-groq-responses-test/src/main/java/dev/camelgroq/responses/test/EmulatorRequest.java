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

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * One request as the emulator received it: method, path, headers and the parsed JSON body. Tests assert on these.
 */
public final class EmulatorRequest {

    private final String method;
    private final String path;
    private final Map<String, String> headers;
    private final String rawBody;
    private final JsonNode json;
    private final int sequence;

    EmulatorRequest(int sequence, String method, String path, Map<String, List<String>> headers, String rawBody,
                    JsonNode json) {
        this.sequence = sequence;
        this.method = method;
        this.path = path;
        Map<String, String> flat = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((k, v) -> {
            if (k != null && v != null && !v.isEmpty()) {
                flat.put(k, String.join(",", v));
            }
        });
        this.headers = Collections.unmodifiableMap(flat);
        this.rawBody = rawBody;
        this.json = json == null ? MissingNode.getInstance() : json;
    }

    /** The 1-based arrival order of this request. */
    public int sequence() {
        return sequence;
    }

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }

    /** Request headers, case-insensitive names. */
    public Map<String, String> headers() {
        return headers;
    }

    public String header(String name) {
        return headers.get(name);
    }

    /** The body exactly as received. */
    public String rawBody() {
        return rawBody;
    }

    /** The parsed body (a missing node when it was not JSON). */
    public JsonNode json() {
        return json;
    }

    public String model() {
        return json.path("model").asText(null);
    }

    public String instructions() {
        return json.path("instructions").asText(null);
    }

    /** The value of {@code text.format.type}, or {@code null}. */
    public String textFormatType() {
        return json.path("text").path("format").path("type").asText(null);
    }

    /**
     * All text of the input: the input string, or the texts of every input item (message contents and
     * function_call_output outputs) joined by new lines.
     */
    public String inputText() {
        JsonNode input = json.path("input");
        if (input.isTextual()) {
            return input.asText();
        }
        List<String> parts = new ArrayList<>();
        for (JsonNode item : input) {
            collectText(item, parts);
        }
        return String.join("\n", parts);
    }

    /** The text of the last user message of the input (the input itself when it is a string). */
    public String lastUserText() {
        JsonNode input = json.path("input");
        if (input.isTextual()) {
            return input.asText();
        }
        String last = "";
        for (JsonNode item : input) {
            if ("user".equals(item.path("role").asText())) {
                List<String> parts = new ArrayList<>();
                collectText(item, parts);
                last = String.join("\n", parts);
            }
        }
        return last;
    }

    /** The input items of the given {@code type} (messages count as type {@code message}). */
    public List<JsonNode> inputItems(String type) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode item : json.path("input")) {
            String t = item.path("type").asText(item.has("role") ? "message" : "");
            if (t.equals(type)) {
                found.add(item);
            }
        }
        return found;
    }

    private static void collectText(JsonNode item, List<String> parts) {
        JsonNode content = item.path("content");
        if (content.isTextual()) {
            parts.add(content.asText());
        } else if (content.isArray()) {
            for (JsonNode part : content) {
                if (part.has("text")) {
                    parts.add(part.path("text").asText());
                }
            }
        }
        if (item.has("output")) {
            parts.add(item.path("output").asText());
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "#%d %s %s %s", sequence, method, path, rawBody);
    }
}
