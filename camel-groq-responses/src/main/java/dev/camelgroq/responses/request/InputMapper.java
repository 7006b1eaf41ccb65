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

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelgroq.responses.GroqResponsesConstants;
import dev.camelgroq.responses.options.BodyFormat;
import org.apache.camel.Exchange;
import org.apache.camel.WrappedFile;

/**
 * Maps the message body onto the request. Bodies are data from outside, so what they may do is the route author's
 * choice ({@link BodyPolicy}): by default a String is the input text whatever it looks like, and a Map may carry only
 * its {@code input}. A List is the input item list; image bytes become an {@code input_image} data URL. Types that have
 * no meaning as input are refused rather than turned into text by {@code toString()}.
 */
final class InputMapper {

    private InputMapper() {
    }

    static void apply(Exchange exchange, ObjectNode request, BodyPolicy policy) {
        Object body = exchange.getIn().getBody();
        if (body instanceof WrappedFile) {
            body = ((WrappedFile<?>) body).getFile();
        }
        if (body == null) {
            throw new IllegalArgumentException("The message body is empty: send the input text, a List of input"
                                               + " items, or a Map with an 'input' key");
        }
        if (body instanceof CharSequence) {
            text(body.toString(), request, policy);
        } else if (body instanceof JsonNode) {
            node((JsonNode) body, request, policy, "A JsonNode body");
        } else if (body instanceof Collection) {
            request.set("input", items((Collection<?>) body));
        } else if (body instanceof Map) {
            node(Json.MAPPER.valueToTree(body), request, policy, "A Map body");
        } else if (body instanceof byte[] || body instanceof InputStream || body instanceof File || body instanceof Path) {
            binary(exchange, readBytes(body), request, policy);
        } else if (body instanceof Reader) {
            text(exchange.getIn().getBody(String.class), request, policy);
        } else {
            throw new IllegalArgumentException("Cannot use a body of type " + body.getClass().getName()
                                               + ": send a String, a List of input items, a Map with 'input', a"
                                               + " JsonNode or image bytes (convert it to text in the route first)");
        }
    }

    private static void text(String text, ObjectNode request, BodyPolicy policy) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("The message body is blank: send the input text");
        }
        if (policy.format() != BodyFormat.TEXT && Json.looksLikeJson(text)) {
            JsonNode parsed;
            try {
                parsed = Json.MAPPER.readTree(text);
            } catch (IOException notJson) {
                parsed = null;
            }
            if (parsed != null && parsed.isArray()) {
                node(parsed, request, policy, "The JSON array body");
                return;
            }
            if (parsed != null && policy.format() == BodyFormat.REQUEST && parsed.has("input")) {
                node(parsed, request, policy, "The JSON body");
                return;
            }
        }
        request.put("input", text);
    }

    private static void node(JsonNode node, ObjectNode request, BodyPolicy policy, String source) {
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(list::add);
            request.set("input", items(list));
        } else if (node.isObject() && node.has("input")) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!field.getKey().equals("input")) {
                    policy.requireAllowed(field.getKey(), source);
                    request.set(field.getKey(), field.getValue());
                }
            }
            JsonNode input = node.get("input");
            if (input.isArray()) {
                List<Object> list = new ArrayList<>();
                input.forEach(list::add);
                request.set("input", items(list));
            } else if (input.isTextual() && !input.asText().isBlank()) {
                request.set("input", input);
            } else {
                throw new IllegalArgumentException(source + ": 'input' must be non-blank text or a list of input"
                                                   + " items, but was " + abbreviate(input.toString()));
            }
        } else if (node.isObject() && (node.has("role") || node.has("type"))) {
            request.set("input", items(List.of(node)));
        } else if (node.isTextual()) {
            text(node.asText(), request, BodyPolicy.of(BodyFormat.TEXT, null));
        } else {
            List<String> keys = new ArrayList<>();
            node.fieldNames().forEachRemaining(keys::add);
            throw new IllegalArgumentException(source + " needs an 'input' key (request fields) or must be one input"
                                               + " item with 'role' or 'type'; its keys were " + keys);
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "...";
    }

    private static ArrayNode items(Collection<?> list) {
        ArrayNode items = Json.MAPPER.createArrayNode();
        int index = 0;
        for (Object element : list) {
            if (element instanceof CharSequence || (element instanceof JsonNode && ((JsonNode) element).isTextual())) {
                items.addObject().put("role", "user").put("content", element instanceof JsonNode
                        ? ((JsonNode) element).asText() : element.toString());
            } else if (element instanceof Map || element instanceof JsonNode) {
                JsonNode item = Json.MAPPER.valueToTree(element);
                if (!item.isObject()) {
                    throw new IllegalArgumentException("Input item " + index + " must be an object, got " + item);
                }
                items.add(item);
            } else {
                throw new IllegalArgumentException("Input item " + index + " must be a Map, a JsonNode or a String,"
                                                   + " got " + (element == null ? "null" : element.getClass().getName()));
            }
            index++;
        }
        if (items.isEmpty()) {
            throw new IllegalArgumentException("The input item list in the body is empty: send at least one item");
        }
        return items;
    }

    private static void binary(Exchange exchange, byte[] bytes, ObjectNode request, BodyPolicy policy) {
        String mime = ImageTypes.detect(exchange.getIn().getHeader(Exchange.CONTENT_TYPE, String.class), bytes);
        if (mime == null) {
            text(new String(bytes, java.nio.charset.StandardCharsets.UTF_8), request, policy);
            return;
        }
        ObjectNode message = Json.MAPPER.createObjectNode().put("role", "user");
        ArrayNode content = message.putArray("content");
        String prompt = exchange.getIn().getHeader(GroqResponsesConstants.PROMPT, String.class);
        if (prompt != null && !prompt.isBlank()) {
            content.addObject().put("type", "input_text").put("text", prompt);
        }
        content.addObject().put("type", "input_image").put("detail", "auto")
                .put("image_url", "data:" + mime + ";base64," + Base64.getEncoder().encodeToString(bytes));
        request.putArray("input").add(message);
    }

    private static byte[] readBytes(Object body) {
        try {
            if (body instanceof byte[]) {
                return (byte[]) body;
            }
            if (body instanceof InputStream) {
                try (InputStream in = (InputStream) body) {
                    return in.readAllBytes();
                }
            }
            Path path = body instanceof File ? ((File) body).toPath() : (Path) body;
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read the message body: " + e.getMessage(), e);
        }
    }
}
