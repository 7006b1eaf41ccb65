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

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelgroq.responses.GroqResponsesConfiguration;
import dev.camelgroq.responses.options.TextFormat;
import org.apache.camel.CamelContext;

/**
 * An endpoint's options, checked and parsed once when it starts: schema, tools, tool choice, metadata and additional
 * body properties as JSON. Bad configuration fails here, naming the option.
 *
 * @param schema          the schema from jsonSchema or outputClass, or null
 * @param metadata        the metadata.&lt;key&gt; options as JSON, or null
 * @param additionalNames the fields set by additionalBodyProperty.&lt;field&gt;: the explicit escape hatch, never
 *                        refused as unknown
 */
public record RequestDefaults(GroqResponsesConfiguration config, JsonNode schema, ArrayNode tools, JsonNode toolChoice,
                              ObjectNode metadata, ObjectNode additional, BodyPolicy bodyPolicy,
                              Set<String> additionalNames) {

    /**
     * Parses the configuration (its values were checked by {@link OptionChecks#atStart} first). {@code classSchema}
     * is the schema generated from {@code outputClass}, or null; {@code extraTools} are the function and MCP tool
     * definitions resolved from beans and prefixed options.
     */
    public static RequestDefaults prepare(CamelContext context, GroqResponsesConfiguration config, JsonNode classSchema,
                                          ArrayNode extraTools) {
        JsonNode schema = classSchema != null ? classSchema
                : JsonResources.load(context, config.getJsonSchema(), "Option jsonSchema");
        if (schema != null && !schema.isObject()) {
            throw new IllegalArgumentException("Option jsonSchema must be a JSON object (a JSON schema)");
        }
        if (schema != null && config.getTextFormat() != null && config.getTextFormat() != TextFormat.JSON_SCHEMA) {
            throw new IllegalArgumentException("Option textFormat=" + config.getTextFormat().value()
                                               + " conflicts with jsonSchema/outputClass: remove textFormat or set it"
                                               + " to json_schema");
        }
        ObjectNode metadata = null;
        if (config.getMetadata() != null && !config.getMetadata().isEmpty()) {
            metadata = Json.MAPPER.createObjectNode();
            for (Map.Entry<String, Object> e : config.getMetadata().entrySet()) {
                metadata.put(e.getKey(), String.valueOf(e.getValue()));
            }
        }
        ObjectNode additional = Json.MAPPER.createObjectNode();
        if (config.getAdditionalBodyProperty() != null) {
            for (Map.Entry<String, Object> e : config.getAdditionalBodyProperty().entrySet()) {
                UnsupportedFields.checkName(e.getKey(), "option additionalBodyProperty." + e.getKey());
                additional.set(e.getKey(), Json.parseLenient(e.getValue()));
            }
        }
        ArrayNode tools = ToolDefinitions.tools(context, config.getTools(), config.getToolDefinitions(),
                config.getBuiltinTools());
        tools.addAll(extraTools);
        Set<String> additionalNames = new HashSet<>();
        additional.fieldNames().forEachRemaining(additionalNames::add);
        return new RequestDefaults(config, schema, tools, ToolDefinitions.toolChoice(config.getToolChoice()), metadata,
                additional, BodyPolicy.of(config.getBodyFormat(), config.getBodyFields()), Set.copyOf(additionalNames));
    }

    /** Whether exchanges stream unless their header says otherwise: option stream, or a streamTo endpoint. */
    boolean streamByDefault() {
        return config.isStream() || (config.getStreamTo() != null && !config.getStreamTo().isBlank());
    }
}
