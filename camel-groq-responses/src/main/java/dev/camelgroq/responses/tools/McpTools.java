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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelgroq.responses.request.Json;

/** Builds the {@code mcp} tool entries from McpServer beans ({@code mcpServers}) and {@code mcp.LABEL.*} options. */
public final class McpTools {

    private McpTools() {
    }

    public static ArrayNode resolve(List<McpServer> beans, Map<String, Object> uriServers) {
        List<McpServer> servers = new ArrayList<>(beans == null ? List.of() : beans);
        Map<String, McpServer> declared = PrefixedOptions.group("mcp", "LABEL",
                List.of("url", "allowedTools", "requireApproval", "headers"), uriServers, l -> new McpServer(l, null),
                (server, label, property, value) -> {
                    if ("url".equals(property)) {
                        server.setUrl(value);
                    } else if ("allowedTools".equals(property)) {
                        server.setAllowedTools(List.of(value.split("\\s*,\\s*")));
                    } else if ("requireApproval".equals(property)) {
                        server.setRequireApproval(value);
                    } else if ("headers".equals(property)) {
                        JsonNode headers = Json.parse(value, "Option mcp." + label + ".headers");
                        headers.fields().forEachRemaining(h -> server.getHeaders().put(h.getKey(),
                                h.getValue().asText()));
                    } else if (property.startsWith("headers.")) {
                        server.getHeaders().put(property.substring("headers.".length()), value);
                    } else {
                        return false;
                    }
                    return true;
                });
        servers.addAll(declared.values());
        ArrayNode tools = Json.MAPPER.createArrayNode();
        for (McpServer server : servers) {
            tools.add(toJson(server));
        }
        return tools;
    }

    private static ObjectNode toJson(McpServer server) {
        if (server.getUrl() == null || server.getUrl().isBlank()) {
            throw new IllegalArgumentException("MCP server '" + server.getLabel() + "' has no url: set mcp."
                                               + server.getLabel() + ".url");
        }
        if (!List.of("always", "never").contains(server.getRequireApproval())) {
            throw new IllegalArgumentException("MCP server '" + server.getLabel()
                                               + "': requireApproval must be always or never");
        }
        ObjectNode tool = Json.MAPPER.createObjectNode().put("type", "mcp").put("server_label", server.getLabel())
                .put("server_url", server.getUrl()).put("require_approval", server.getRequireApproval());
        if (server.getHeaders() != null && !server.getHeaders().isEmpty()) {
            tool.set("headers", Json.MAPPER.valueToTree(server.getHeaders()));
        }
        if (server.getAllowedTools() != null) {
            tool.set("allowed_tools", Json.MAPPER.valueToTree(server.getAllowedTools()));
        }
        return tool;
    }
}
