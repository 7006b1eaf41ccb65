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
package dev.camelgroq.responses.test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Output items of built-in and MCP tools, shaped as OpenAI's Responses API documents them, for
 * {@link Reply#withItem(Map)}. Groq does not document its built-in tool items; these are plausible shapes that a
 * client must pass through untouched.
 */
public final class OutputItems {

    private OutputItems() {
    }

    /** An {@code mcp_approval_request}: the MCP server wants approval before calling {@code tool}. */
    public static Map<String, Object> mcpApprovalRequest(String id, String server, String tool, String argumentsJson) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("type", "mcp_approval_request");
        item.put("id", id);
        item.put("server_label", server);
        item.put("name", tool);
        item.put("arguments", argumentsJson);
        return item;
    }

    /** An {@code mcp_call}: Groq called {@code tool} on the MCP server and got {@code output}. */
    public static Map<String, Object> mcpCall(String server, String tool, String argumentsJson, String output) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("type", "mcp_call");
        item.put("id", Ids.next("mcp_"));
        item.put("server_label", server);
        item.put("name", tool);
        item.put("arguments", argumentsJson);
        item.put("output", output);
        item.put("error", null);
        return item;
    }

    /** An {@code mcp_list_tools}: the tools the MCP server offers. */
    public static Map<String, Object> mcpListTools(String server, List<String> tools) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("type", "mcp_list_tools");
        item.put("id", Ids.next("mcpl_"));
        item.put("server_label", server);
        item.put("tools", tools.stream().map(t -> Map.of("name", t, "input_schema", Map.of("type", "object"))).toList());
        return item;
    }

    /** A built-in {@code browser_search} call with its query. */
    public static Map<String, Object> browserSearchCall(String query) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("type", "browser_search_call");
        item.put("id", Ids.next("bs_"));
        item.put("status", "completed");
        item.put("action", Map.of("type", "search", "query", query));
        return item;
    }

    /** A built-in {@code code_interpreter} call with its code and outputs. */
    public static Map<String, Object> codeInterpreterCall(String code, String output) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("type", "code_interpreter_call");
        item.put("id", Ids.next("ci_"));
        item.put("status", "completed");
        item.put("code", code);
        item.put("outputs", List.of(Map.of("type", "logs", "logs", output)));
        return item;
    }
}
