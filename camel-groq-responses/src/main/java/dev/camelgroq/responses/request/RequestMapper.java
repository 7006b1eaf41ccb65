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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelgroq.responses.GroqResponsesConfiguration;
import dev.camelgroq.responses.options.TextFormat;
import org.apache.camel.Exchange;

/**
 * Builds the Responses request JSON for one exchange from the endpoint's parsed options, the header overrides and the
 * body. Fields of a Map body that bodyFields allows win over options. Refuses fields Groq does not support before any
 * HTTP call.
 */
public final class RequestMapper {

    /** No request field set beyond the options (typed as a read-only view: nothing may add to it). */
    private static final JsonNode NO_FIELDS = Json.MAPPER.createObjectNode();

    private final RequestDefaults defaults;

    public RequestMapper(RequestDefaults defaults) {
        this.defaults = defaults;
    }

    /** Resolves the exchange's call once and builds its request; throws naming what is unusable. */
    public MappedCall map(Exchange exchange) {
        GroqResponsesConfiguration config = defaults.config();
        ExchangeOptions options = ExchangeOptions.resolve(defaults, exchange);
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
            request.put("service_tier", config.getServiceTier().value());
        }
        if (defaults.metadata() != null) {
            request.set("metadata", defaults.metadata());
        }
        if (config.getUser() != null) {
            request.put("user", config.getUser());
        }
        request.setAll(defaults.additional());
        ObjectNode body = Json.MAPPER.createObjectNode();
        InputMapper.apply(exchange, body, defaults.bodyPolicy());
        request.setAll(body);
        if (request.path("input").isArray()) {
            // a List body may be built from an earlier answer's output items: sent in the shapes Groq takes as input
            ArrayNode items = InputItems.normalize(request.get("input"), config.isKeepReasoningItems(),
                    "The message body's input");
            if (items.isEmpty()) {
                throw new IllegalArgumentException("The message body's input item list holds no item Groq takes as"
                                                   + " input (reasoning, MCP and built-in tool items are left out):"
                                                   + " send at least one message or function_call_output");
            }
            request.set("input", items);
        }
        UnsupportedFields.check(request, "the message body");
        // additionalBodyProperty.<field> is the user's explicit escape hatch: sent as set, unchecked
        RequestFields.check(request, defaults.additionalNames(), "the message body");
        return new MappedCall(spec(exchange, options, body), request);
    }

    /**
     * The call's values: the resolved options, unless the route let the body or additionalBodyProperty set the
     * request field (the body wins over additionalBodyProperty, as in the request).
     */
    private CallSpec spec(Exchange exchange, ExchangeOptions options, ObjectNode body) {
        JsonNode fields = requestFieldsSet(body);
        String model = fields.has("model") ? fields.get("model").asText() : options.model();
        JsonNode schema = options.schema();
        boolean optionSchema = schema != null && !options.schemaFromHeader();
        if (fields.has("text")) {
            JsonNode set = fields.get("text").at("/format/schema");
            schema = set.isMissingNode() ? null : set;
            optionSchema = false;
        }
        Long maxOutputTokens = options.maxOutputTokens() == null ? null : options.maxOutputTokens().longValue();
        if (fields.has("max_output_tokens")) {
            JsonNode max = fields.get("max_output_tokens");
            maxOutputTokens = max.canConvertToLong() ? max.asLong() : null;
        }
        boolean stream = ExchangeOptions.stream(exchange.getIn(), defaults.streamByDefault())
                         || fields.path("stream").asBoolean(false);
        return new CallSpec(model, schema, optionSchema, maxOutputTokens, stream);
    }

    /**
     * The request fields besides {@code input} that additionalBodyProperty and the body set, the body's winning; the
     * shared empty node (never written) when they set none, as for most exchanges.
     */
    private JsonNode requestFieldsSet(ObjectNode body) {
        boolean onlyInput = body.isEmpty() || body.size() == 1 && body.has("input");
        if (onlyInput && defaults.additional().isEmpty()) {
            return NO_FIELDS;
        }
        ObjectNode fields = Json.MAPPER.createObjectNode();
        fields.setAll(defaults.additional());
        fields.setAll(body);
        fields.remove("input");
        return fields;
    }

    private static JsonNode textFormat(GroqResponsesConfiguration config, JsonNode schema) {
        TextFormat type = config.getTextFormat();
        if (schema != null) {
            ObjectNode format = Json.MAPPER.createObjectNode();
            format.put("type", "json_schema");
            format.put("name", config.getSchemaName());
            format.set("schema", schema);
            format.put("strict", config.isStrictSchema());
            return format;
        }
        if (type == TextFormat.JSON_SCHEMA) {
            throw new IllegalArgumentException("Option textFormat=json_schema needs a schema: set jsonSchema or"
                                               + " outputClass, or send the CamelGroqResponsesJsonSchema header");
        }
        return type == null ? null : Json.MAPPER.createObjectNode().put("type", type.value());
    }
}
