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

import dev.camelgroq.responses.test.OutputItems;
import dev.camelgroq.responses.test.Reply;
import dev.camelgroq.responses.tools.GroqToolApprovalException;
import dev.camelgroq.responses.tools.GroqToolException;
import dev.camelgroq.responses.tools.GroqToolIterationLimitException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static dev.camelgroq.responses.test.RequestMatchers.hasInputItem;
import static dev.camelgroq.responses.test.RequestMatchers.lacksInputItem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One {@code onException(GroqResponsesException.class)} catches every failure the component raises once a request
 * was accepted (issue 7, item 11): HTTP errors, failed answers, tool failures, unknown tools, the iteration cap and
 * missing or failing MCP approvals. Bad input found before any call stays an IllegalArgumentException.
 */
class ExceptionFamilyTest extends EmulatorTestSupport {

    private static final String MCP = "mcp.deepwiki.url=https://mcp.deepwiki.com/mcp&mcp.deepwiki.requireApproval=always";

    @BeforeAll
    static void routes() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:family")
                        .onException(GroqResponsesException.class).handled(true)
                        .setBody(simple("caught ${exception.class.simpleName}/${exception.errorType}")).end()
                        .toD("${header.groqUri}");
                from("direct:family-broken-tool").throwException(new IllegalStateException("database down"));
                from("direct:family-broken-approval").throwException(new IllegalStateException("approver down"));
            }
        });
    }

    private static String viaRoute(String options, Object body) {
        Exchange exchange = template.request("direct:family", x -> {
            x.getIn().setBody(body);
            x.getIn().setHeader("groqUri", uri(options));
        });
        assertThat(exchange.getException()).as("handled by onException(GroqResponsesException)").isNull();
        return exchange.getMessage().getBody(String.class);
    }

    private static void scriptApproval() {
        emulator().when(lacksInputItem("mcp_approval_response")).thenReply(Reply.text("")
                .withItem(OutputItems.mcpApprovalRequest("mcpr_1", "deepwiki", "ask_question", "{}")));
        emulator().when(hasInputItem("mcp_approval_response")).thenReply(Reply.text("done"));
    }

    @Test
    void httpErrorsAndFailedAnswersAreCaught() {
        emulator().enqueue(Reply.error(400, "invalid_request_error", "bad", "bad request"));
        assertThat(viaRoute("maxRetries=0", "Hi")).isEqualTo("caught GroqResponsesException/invalid_request_error");
        emulator().enqueue(Reply.failed("model_error", "broke"));
        assertThat(viaRoute("maxRetries=0", "Hi")).isEqualTo("caught GroqResponsesException/response_failed");
    }

    @Test
    void toolFailuresAndTheIterationCapAreCaught() {
        emulator().enqueue(Reply.functionCall("get_stock", "{}"));
        assertThat(viaRoute("tool.get_stock.endpoint=direct:family-broken-tool", "Stock?"))
                .isEqualTo("caught GroqToolException/tool_error");
        emulator().enqueue(Reply.functionCall("get_moon", "{}"));
        assertThat(viaRoute("tool.get_stock.endpoint=direct:family-broken-tool&unknownToolStrategy=fail", "Moon?"))
                .isEqualTo("caught GroqToolException/tool_error");
        emulator().when(r -> true).thenReply(Reply.functionCall("get_stock", "{}"));
        assertThat(viaRoute("tool.get_stock.endpoint=direct:family-broken-tool&toolFailureStrategy=report"
                            + "&maxToolIterations=1", "Loop"))
                .isEqualTo("caught GroqToolIterationLimitException/tool_error");
    }

    @Test
    void missingAndFailingApprovalsAreCaught() {
        scriptApproval();
        assertThat(viaRoute(MCP, "Ask")).isEqualTo("caught GroqToolApprovalException/tool_error");
        Exchange failing = send(MCP + "&mcpApproval=direct:family-broken-approval", "Ask", Map.of());
        GroqToolApprovalException e = failing.getException(GroqToolApprovalException.class);
        assertThat(e).isNotNull();
        assertThat(e.getErrorCode()).isEqualTo("approval_failed");
        assertThat(e.getMessage()).contains("approver down");
    }

    @Test
    void theFamilyIsOneHierarchy() {
        assertThat(List.of(GroqToolException.class, GroqToolApprovalException.class,
                GroqToolIterationLimitException.class,
                dev.camelgroq.responses.ratelimit.GroqRateLimitQueueFullException.class))
                .allSatisfy(type -> assertThat(GroqResponsesException.class).isAssignableFrom(type));
    }

    @Test
    void badInputBeforeAnyCallStaysAnIllegalArgumentException() {
        Exchange exchange = template.request("direct:family", x -> {
            x.getIn().setBody(null);
            x.getIn().setHeader("groqUri", uri(""));
        });
        assertThat(exchange.getException()).isInstanceOf(IllegalArgumentException.class)
                .isNotInstanceOf(GroqResponsesException.class).hasMessageContaining("body");
        assertThat(emulator().requestCount()).isZero();
    }
}
