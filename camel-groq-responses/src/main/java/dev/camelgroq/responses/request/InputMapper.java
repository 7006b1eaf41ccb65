package dev.camelgroq.responses.request;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
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
import org.apache.camel.Exchange;
import org.apache.camel.WrappedFile;

/**
 * Maps the message body onto the request: a String is the input text; a List (or JSON array text) is the input item
 * list; a Map (or JSON object text) with an {@code input} key supplies request fields; image bytes become an
 * {@code input_image} data URL.
 */
final class InputMapper {

    private InputMapper() {
    }

    static void apply(Exchange exchange, ObjectNode request) {
        Object body = exchange.getIn().getBody();
        if (body instanceof WrappedFile) {
            body = ((WrappedFile<?>) body).getFile();
        }
        if (body == null) {
            throw new IllegalArgumentException("The message body is empty: send the input text, a List of input"
                                               + " items, or a Map with an 'input' key");
        }
        if (body instanceof String) {
            text((String) body, request);
        } else if (body instanceof JsonNode) {
            node((JsonNode) body, request);
        } else if (body instanceof Collection) {
            request.set("input", items((Collection<?>) body));
        } else if (body instanceof Map) {
            node(Json.MAPPER.valueToTree(body), request);
        } else if (body instanceof byte[] || body instanceof InputStream || body instanceof File || body instanceof Path) {
            binary(exchange, readBytes(body), request);
        } else {
            String converted = exchange.getIn().getBody(String.class);
            if (converted == null) {
                throw new IllegalArgumentException("Cannot use a body of type " + body.getClass().getName()
                                                   + ": send a String, a List of input items, a Map or image bytes");
            }
            text(converted, request);
        }
    }

    private static void text(String text, ObjectNode request) {
        if (Json.looksLikeJson(text)) {
            JsonNode parsed;
            try {
                parsed = Json.MAPPER.readTree(text);
            } catch (IOException notJson) {
                parsed = null;
            }
            if (parsed != null && (parsed.isArray() || parsed.has("input"))) {
                node(parsed, request);
                return;
            }
        }
        request.put("input", text);
    }

    private static void node(JsonNode node, ObjectNode request) {
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(list::add);
            request.set("input", items(list));
        } else if (node.isObject() && node.has("input")) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                request.set(field.getKey(), field.getValue());
            }
            if (node.get("input").isArray()) {
                List<Object> list = new ArrayList<>();
                node.get("input").forEach(list::add);
                request.set("input", items(list));
            }
        } else if (node.isObject() && (node.has("role") || node.has("type"))) {
            request.set("input", items(List.of(node)));
        } else if (node.isTextual()) {
            request.put("input", node.asText());
        } else {
            List<String> keys = new ArrayList<>();
            node.fieldNames().forEachRemaining(keys::add);
            throw new IllegalArgumentException("A Map or JSON object body needs an 'input' key (request fields) or"
                                               + " must be one input item with 'role' or 'type'; its keys were "
                                               + keys);
        }
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

    private static void binary(Exchange exchange, byte[] bytes, ObjectNode request) {
        String mime = ImageTypes.detect(exchange.getIn().getHeader(Exchange.CONTENT_TYPE, String.class), bytes);
        if (mime == null) {
            text(new String(bytes, java.nio.charset.StandardCharsets.UTF_8), request);
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
