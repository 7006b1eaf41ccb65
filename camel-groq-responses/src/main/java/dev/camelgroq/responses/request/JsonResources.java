package dev.camelgroq.responses.request;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.CamelContext;
import org.apache.camel.support.ResourceHelper;

/** Loads a JSON value given inline, as a resource ({@code classpath:}, {@code file:}, {@code http:}) or as an object. */
public final class JsonResources {

    private JsonResources() {
    }

    /**
     * Resolves {@code value} to JSON. {@code option} names the option or header in error messages, so the user knows
     * what to fix.
     */
    public static JsonNode load(CamelContext context, Object value, String option) {
        if (value == null) {
            return null;
        }
        if (value instanceof JsonNode) {
            return (JsonNode) value;
        }
        if (!(value instanceof String)) {
            if (value instanceof Map || value instanceof Iterable) {
                return Json.MAPPER.valueToTree(value);
            }
            throw new IllegalArgumentException(option + ": expected JSON text, a resource URI or a Map/List, got "
                                               + value.getClass().getName());
        }
        String text = ((String) value).strip();
        if (Json.looksLikeJson(text)) {
            return Json.parse(text, option);
        }
        if (!ResourceHelper.hasScheme(text)) {
            throw new IllegalArgumentException(option + ": '" + abbreviate(text)
                                               + "' is neither inline JSON nor a resource URI (classpath:, file:,"
                                               + " http:)");
        }
        try (InputStream in = isHttp(text) ? HttpResources.open(text)
                : ResourceHelper.resolveMandatoryResourceAsInputStream(context, text)) {
            return Json.parse(new String(HttpResources.readCapped(in, text), StandardCharsets.UTF_8),
                    option + " (" + text + ")");
        } catch (IOException e) {
            throw new IllegalArgumentException(option + ": cannot read resource " + text + ": " + e.getMessage(), e);
        }
    }

    private static boolean isHttp(String uri) {
        return uri.startsWith("http:") || uri.startsWith("https:");
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "...";
    }
}
