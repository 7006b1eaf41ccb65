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

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.camel.CamelContext;

/** Turns the {@code tools}, {@code builtinTools} and {@code toolChoice} options into request JSON. */
final class ToolDefinitions {

    static final List<String> BUILTIN = List.of("browser_search", "code_interpreter");

    private ToolDefinitions() {
    }

    static ArrayNode tools(CamelContext context, String tools, List<Map<String, Object>> beanTools,
                           String builtinTools) {
        ArrayNode out = Json.MAPPER.createArrayNode();
        add(out, JsonResources.load(context, tools, "Option tools"), "Option tools");
        add(out, JsonResources.inline(beanTools, "Option toolDefinitions"), "Option toolDefinitions");
        if (builtinTools != null && !builtinTools.isBlank()) {
            for (String name : builtinTools.split(",")) {
                String tool = Choices.require(name.strip(), BUILTIN, "Option builtinTools entry");
                ObjectNode node = out.addObject().put("type", tool);
                if ("code_interpreter".equals(tool)) {
                    node.putObject("container").put("type", "auto");
                }
            }
        }
        return out;
    }

    private static void add(ArrayNode out, JsonNode loaded, String option) {
        if (loaded == null) {
            return;
        }
        if (!loaded.isObject() && !loaded.isArray()) {
            throw new IllegalArgumentException(option + " must be a JSON array of tool objects");
        }
        for (JsonNode tool : loaded.isArray() ? loaded : List.of(loaded)) {
            if (!tool.isObject() || !tool.path("type").isTextual()) {
                throw new IllegalArgumentException(option + ": every tool needs a \"type\" (function, mcp,"
                                                   + " browser_search, code_interpreter): " + tool);
            }
            out.add(tool);
        }
    }

    static JsonNode toolChoice(String choice) {
        if (choice == null || choice.isBlank()) {
            return null;
        }
        String c = choice.strip();
        if (List.of("auto", "none", "required").contains(c)) {
            return Json.MAPPER.getNodeFactory().textNode(c);
        }
        if (c.startsWith("{")) {
            return Json.parse(c, "Option toolChoice");
        }
        // ResponseNamedToolChoice in Groq's schema: {"type":"function","function":{"name":...}}
        ObjectNode named = Json.MAPPER.createObjectNode().put("type", "function");
        named.putObject("function").put("name", c);
        return named;
    }
}
