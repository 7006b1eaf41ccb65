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

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import dev.camelgroq.responses.GroqResponsesConstants;
import dev.camelgroq.responses.call.Failures;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Predicate;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.support.DefaultExchange;
import org.apache.camel.util.URISupport;

/**
 * Answers {@code mcp_approval_request} items: asks an endpoint (its answer body true/approve/yes approves) or a
 * Predicate bean, with the approval request as the body.
 */
public final class McpApprover {

    private final CamelContext context;
    private final String endpointUri;
    private final Predicate predicate;
    private final ProducerTemplate template;
    private final RunningHooks running = new RunningHooks();

    private McpApprover(CamelContext context, String endpointUri, Predicate predicate) {
        this.context = context;
        this.endpointUri = endpointUri;
        this.predicate = predicate;
        this.template = endpointUri == null ? null : context.createProducerTemplate();
    }

    /**
     * The approver of the mcpApproval (endpoint URI) or mcpApprovalPredicate option, or null when neither is set.
     */
    public static McpApprover of(CamelContext context, String endpointUri, Predicate predicate) {
        boolean hasUri = endpointUri != null && !endpointUri.isBlank();
        if (hasUri && predicate != null) {
            throw new IllegalArgumentException("Options mcpApproval and mcpApprovalPredicate are both set: choose one");
        }
        return hasUri || predicate != null ? new McpApprover(context, hasUri ? endpointUri : null, predicate) : null;
    }

    /** Decides one approval request on the executor (an approval endpoint may block). */
    public CompletableFuture<Boolean> decide(Map<String, Object> request, Executor executor) {
        return running.run(executor, result -> result.complete(ask(request)));
    }

    private boolean ask(Map<String, Object> request) {
        if (predicate != null) {
            Exchange exchange = new DefaultExchange(context);
            exchange.getIn().setBody(request);
            return predicate.matches(exchange);
        }
        Exchange answer = template.request(endpointUri, e -> {
            e.getIn().setBody(request);
            e.getIn().setHeader(GroqResponsesConstants.MCP_SERVER, request.get("server_label"));
            e.getIn().setHeader(GroqResponsesConstants.TOOL_NAME, request.get("name"));
        });
        if (answer.getException() != null) {
            throw new IllegalStateException("mcpApproval endpoint " + URISupport.sanitizeUri(endpointUri) + " failed: "
                                            + answer.getException().getMessage(),
                    answer.getException());
        }
        Object body = answer.getMessage().getBody();
        String verdict = body == null ? "" : body.toString().strip().toLowerCase();
        return Boolean.TRUE.equals(body) || verdict.equals("true") || verdict.equals("approve")
               || verdict.equals("yes");
    }

    /**
     * Ends the approval hooks still running with a {@link Failures#STOPPED} error of {@code step} (interrupting an
     * approval route that blocks), refuses new ones and stops the producer template.
     */
    public void stop(String step) {
        running.stop(() -> Failures.stoppedInHook(step, "an MCP approval hook"));
        if (template != null) {
            template.stop();
        }
    }
}
