package dev.camelgroq.responses.request;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelgroq.responses.GroqResponsesConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;

/**
 * Builds the Responses request JSON for one exchange from the endpoint's parsed options, the header overrides and the
 * body. Fields of a Map body win over options. Refuses fields Groq does not support before any HTTP call.
 */
public final class RequestMapper {

    private final CamelContext context;
    private final RequestDefaults defaults;

    public RequestMapper(CamelContext context, RequestDefaults defaults) {
        this.context = context;
        this.defaults = defaults;
    }

    public ObjectNode toRequest(Exchange exchange) {
        GroqResponsesConfiguration config = defaults.config();
        ExchangeOptions options = ExchangeOptions.resolve(context, defaults, exchange);
        ObjectNode request = Json.MAPPER.createObjectNode();
        request.put("model", options.model());
        if (options.instructions() != null) {
            request.put("instructions", options.instructions());
        }
        JsonNode format = textFormat(config, options.schema());
        if (format != null) {
            request.putObject("text").set("format", format);
        }
        if (options.reasoningEffort() != null) {
            request.putObject("reasoning").put("effort", options.reasoningEffort());
        }
        if (!defaults.tools().isEmpty()) {
            request.set("tools", defaults.tools());
        }
        if (defaults.toolChoice() != null) {
            request.set("tool_choice", defaults.toolChoice());
        }
        if (config.getParallelToolCalls() != null) {
            request.put("parallel_tool_calls", config.getParallelToolCalls());
        }
        if (options.temperature() != null) {
            request.put("temperature", options.temperature());
        }
        if (config.getTopP() != null) {
            request.put("top_p", config.getTopP());
        }
        if (options.maxOutputTokens() != null) {
            request.put("max_output_tokens", options.maxOutputTokens());
        }
        if (config.getServiceTier() != null) {
            request.put("service_tier", config.getServiceTier());
        }
        if (defaults.metadata() != null) {
            request.set("metadata", defaults.metadata());
        }
        if (config.getUser() != null) {
            request.put("user", config.getUser());
        }
        request.setAll(defaults.additional());
        InputMapper.apply(exchange, request);
        UnsupportedFields.check(request, "the message body");
        return request;
    }

    private static JsonNode textFormat(GroqResponsesConfiguration config, JsonNode schema) {
        String type = config.getTextFormat();
        if (schema != null) {
            ObjectNode format = Json.MAPPER.createObjectNode();
            format.put("type", "json_schema");
            format.put("name", config.getSchemaName());
            format.set("schema", schema);
            format.put("strict", config.isStrictSchema());
            return format;
        }
        if ("json_schema".equals(type)) {
            throw new IllegalArgumentException("Option textFormat=json_schema needs a schema: set jsonSchema or"
                                               + " outputClass, or send the CamelGroqResponsesJsonSchema header");
        }
        return type == null ? null : Json.MAPPER.createObjectNode().put("type", type);
    }
}
