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
package dev.camelgroq.responses.tools;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelgroq.responses.request.Json;
import dev.camelgroq.responses.request.JsonResources;
import dev.camelgroq.responses.secrets.UriMasking;
import dev.camelgroq.responses.structured.ClassSchemas;
import dev.camelgroq.responses.structured.StrictSchemas;
import org.apache.camel.CamelContext;

/**
 * The function tools of an endpoint whose calls run Camel endpoints: from GroqTool beans ({@code functionTools}) and
 * from the URI ({@code tool.NAME.endpoint=...}). Checked when the endpoint starts.
 */
public final class FunctionTools {

    /** One tool: its name, the endpoint that runs it, and its definition as sent to Groq. */
    public record Tool(String name, String endpointUri, ObjectNode definition) {
        @Override
        public String toString() {
            return "Tool[" + name + " -> " + UriMasking.sanitize(endpointUri) + "]";
        }
    }

    private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9_-]{1,64}");

    private final Map<String, Tool> tools = new LinkedHashMap<>();

    public static FunctionTools resolve(CamelContext context, List<GroqTool> beans, Map<String, Object> uriTools) {
        FunctionTools result = new FunctionTools();
        for (GroqTool bean : beans == null ? List.<GroqTool> of() : beans) {
            result.add(context, bean, "functionTools bean " + bean.getName());
        }
        Map<String, GroqTool> declared = PrefixedOptions.group("tool", "NAME",
                List.of("endpoint", "description", "parameters", "strict"), uriTools, n -> new GroqTool(n, null, null),
                (tool, name, property, value) -> {
                    switch (property) {
                        case "endpoint" -> tool.setEndpointUri(value);
                        case "description" -> tool.setDescription(value);
                        case "parameters" -> tool.setParameters(value);
                        case "strict" -> tool.setStrict(Boolean.parseBoolean(value));
                        default -> {
                            return false;
                        }
                    }
                    return true;
                });
        for (GroqTool tool : declared.values()) {
            result.add(context, tool, "tool." + tool.getName());
        }
        return result;
    }

    private void add(CamelContext context, GroqTool tool, String source) {
        if (tool.getName() == null || !NAME.matcher(tool.getName()).matches()) {
            throw new IllegalArgumentException(source + ": the tool name must match [a-zA-Z0-9_-]{1,64}, was '"
                                               + tool.getName() + "'");
        }
        if (tool.getEndpointUri() == null || tool.getEndpointUri().isBlank()) {
            throw new IllegalArgumentException(source + ": no endpoint: set tool." + tool.getName()
                                               + ".endpoint=direct:... (or GroqTool.endpointUri)");
        }
        if (tools.containsKey(tool.getName())) {
            throw new IllegalArgumentException(source + ": a tool named '" + tool.getName() + "' is declared twice");
        }
        ObjectNode definition = Json.MAPPER.createObjectNode().put("type", "function").put("name", tool.getName());
        if (tool.getDescription() != null) {
            definition.put("description", tool.getDescription());
        }
        JsonNode parameters = tool.getParametersClass() != null
                ? ClassSchemas.schemaOf(tool.getParametersClass(), tool.isStrict())
                : JsonResources.load(context, tool.getParameters(), source + " parameters");
        if (parameters == null) {
            parameters = Json.MAPPER.createObjectNode().put("type", "object").set("properties",
                    Json.MAPPER.createObjectNode());
        }
        if (tool.isStrict() && parameters.isObject()) {
            StrictSchemas.strictify((ObjectNode) parameters);
        }
        definition.set("parameters", parameters);
        if (tool.isStrict()) {
            definition.put("strict", true);
        }
        tools.put(tool.getName(), new Tool(tool.getName(), tool.getEndpointUri(), definition));
    }

    public boolean isEmpty() {
        return tools.isEmpty();
    }

    public Tool get(String name) {
        return tools.get(name);
    }

    public Set<String> names() {
        return tools.keySet();
    }

    public Collection<Tool> all() {
        return tools.values();
    }

    /** The definitions to add to the request's tools. */
    public ArrayNode definitions() {
        ArrayNode array = Json.MAPPER.createArrayNode();
        tools.values().forEach(t -> array.add(t.definition()));
        return array;
    }
}
