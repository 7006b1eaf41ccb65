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
package dev.camelgroq.responses;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelgroq.responses.test.OutputItems;
import dev.camelgroq.responses.test.Reply;
import dev.camelgroq.responses.tools.GroqToolException;
import dev.camelgroq.responses.tools.McpServer;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static dev.camelgroq.responses.test.RequestMatchers.hasInputItem;
import static dev.camelgroq.responses.test.RequestMatchers.lacksInputItem;
import static org.assertj.core.api.Assertions.assertThat;

/** MCP servers with approvals granted and denied, and built-in tools end to end. */
class McpAndBuiltinToolsTest extends EmulatorTestSupport {

    private static final String MCP = "mcp.deepwiki.url=https://mcp.example.com/mcp&mcp.deepwiki.requireApproval=always"
                                      + "&mcp.deepwiki.allowedTools=ask_question";

    @BeforeAll
    static void routes() throws Exception {
        McpServer github = new McpServer("github", "https://mcp.example.com/github");
        github.setHeaders(Map.of("Authorization", "Bearer mcp-secret"));
        context.getRegistry().bind("githubMcp", github);
        context.getRegistry().bind("onlyReads", (org.apache.camel.Predicate) e ->
                e.getIn().getBody(Map.class).get("name").toString().startsWith("read"));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:approve").process(e -> e.getIn().setBody(
                        "ask_question".equals(e.getIn().getBody(Map.class).get("name")) ? "approve" : "deny"));
            }
        });
    }

    private static void scriptApproval(String tool) {
        emulator().when(lacksInputItem("mcp_approval_response")).thenReply(Reply.text("")
                .withItem(OutputItems.mcpListTools("deepwiki", List.of(tool)))
                .withItem(OutputItems.mcpApprovalRequest("mcpr_1", "deepwiki", tool, "{\"q\":\"camel\"}")));
        emulator().when(hasInputItem("mcp_approval_response")).thenReply(request -> {
            boolean approved = request.inputItems("mcp_approval_response").get(0).get("approve").asBoolean();
            return approved ? Reply.text("Camel is an integration framework.")
                    .withItem(OutputItems.mcpCall("deepwiki", tool, "{\"q\":\"camel\"}", "Apache Camel ..."))
                    : Reply.text("I was not allowed to ask.");
        });
    }

    @Test
    void approvalGrantedByAnEndpoint() {
        scriptApproval("ask_question");
        Exchange exchange = sendOk(MCP + "&mcpApproval=direct:approve", "What is Camel?", Map.of());
        assertThat(exchange.getMessage().getBody(String.class)).isEqualTo("Camel is an integration framework.");
        JsonNode tool = emulator().requests().get(0).json().at("/tools/0");
        assertThat(tool.get("type").asText()).isEqualTo("mcp");
        assertThat(tool.get("server_label").asText()).isEqualTo("deepwiki");
        assertThat(tool.get("require_approval").asText()).isEqualTo("always");
        assertThat(tool.get("allowed_tools").get(0).asText()).isEqualTo("ask_question");
        JsonNode response = emulator().lastRequest().inputItems("mcp_approval_response").get(0);
        assertThat(response.get("approval_request_id").asText()).isEqualTo("mcpr_1");
        assertThat(response.get("approve").asBoolean()).isTrue();
        List<Map<String, Object>> output = exchange.getMessage().getHeader(GroqResponsesConstants.OUTPUT, List.class);
        assertThat(output).extracting(i -> i.get("type")).contains("mcp_call");
    }

    @Test
    void approvalDeniedByAPredicate() {
        scriptApproval("delete_repo");
        Exchange exchange = sendOk(MCP + "&mcpApprovalPredicate=#bean:onlyReads", "Delete it", Map.of());
        assertThat(exchange.getMessage().getBody(String.class)).isEqualTo("I was not allowed to ask.");
        assertThat(emulator().lastRequest().inputItems("mcp_approval_response").get(0).get("approve").asBoolean())
                .isFalse();
    }

    @Test
    void approvalWithoutAHookFailsNamingTheTool() {
        scriptApproval("ask_question");
        Exchange exchange = send(MCP, "What is Camel?", Map.of());
        assertThat(exchange.getException()).isInstanceOf(GroqToolException.class)
                .hasMessageContaining("'deepwiki'").hasMessageContaining("'ask_question'")
                .hasMessageContaining("mcpApproval");
        assertThat(emulator().requestCount()).isEqualTo(1);
    }

    @Test
    void mcpServerBeanSendsItsHeaders() {
        sendOk("mcpServers=#githubMcp", "List my repos", Map.of());
        JsonNode tool = lastJson().at("/tools/0");
        assertThat(tool.get("server_url").asText()).isEqualTo("https://mcp.example.com/github");
        assertThat(tool.at("/headers/Authorization").asText()).isEqualTo("Bearer mcp-secret");
        assertThat(tool.get("require_approval").asText()).isEqualTo("never");
    }

    @Test
    void builtinToolItemsAreKept() {
        emulator().enqueue(Reply.text("1312 x 3333 = 4372896")
                .withItem(OutputItems.codeInterpreterCall("print(1312*3333)", "4372896"))
                .withItem(OutputItems.browserSearchCall("1312 times 3333")));
        Exchange exchange = sendOk("builtinTools=code_interpreter,browser_search&toolChoice=required",
                "What is 1312 X 3333?", Map.of());
        assertThat(exchange.getMessage().getBody(String.class)).isEqualTo("1312 x 3333 = 4372896");
        List<Map<String, Object>> output = exchange.getMessage().getHeader(GroqResponsesConstants.OUTPUT, List.class);
        assertThat(output).extracting(i -> i.get("type"))
                .containsExactly("code_interpreter_call", "browser_search_call", "message");
        assertThat(output.get(0).get("code")).isEqualTo("print(1312*3333)");
        assertThat(lastJson().get("tool_choice").asText()).isEqualTo("required");
    }

    @Test
    void reasoningEffortAndReasoningHeaders() {
        Exchange exchange = sendOk("reasoningEffort=low", "How are AI models trained? Be brief.", Map.of());
        assertThat(lastJson().at("/reasoning/effort").asText()).isEqualTo("low");
        assertThat(exchange.getMessage().getHeader(GroqResponsesConstants.REASONING, String.class))
                .contains("How are AI models trained");
        assertThat(exchange.getMessage().getHeader(GroqResponsesConstants.REASONING_TOKENS, Long.class)).isPositive();
    }
}
