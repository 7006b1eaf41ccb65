package dev.camelgroq.responses.request;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.camel.CamelContext;

/** Turns the {@code tools}, {@code builtinTools} and {@code toolChoice} options into request JSON. */
final class ToolDefinitions {

    static final List<String> BUILTIN = List.of("browser_search", "code_interpreter");

    private ToolDefinitions() {
    }

    static ArrayNode tools(CamelContext context, Object tools, String builtinTools) {
        ArrayNode out = Json.MAPPER.createArrayNode();
        JsonNode loaded = JsonResources.load(context, tools, "Option tools");
        if (loaded != null) {
            if (loaded.isObject()) {
                out.add(loaded);
            } else if (loaded.isArray()) {
                out.addAll((ArrayNode) loaded);
            } else {
                throw new IllegalArgumentException("Option tools must be a JSON array of tool objects");
            }
        }
        for (JsonNode tool : out) {
            if (!tool.isObject() || !tool.path("type").isTextual()) {
                throw new IllegalArgumentException("Option tools: every tool needs a \"type\" (function, mcp,"
                                                   + " browser_search, code_interpreter): " + tool);
            }
        }
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
        return Json.MAPPER.createObjectNode().put("type", "function").put("name", c);
    }
}
