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
package dev.camelgroq.responses.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelgroq.responses.GroqResponsesException;
import dev.camelgroq.responses.call.CallResult;
import dev.camelgroq.responses.call.Failures;
import dev.camelgroq.responses.call.ResponsesCaller;
import dev.camelgroq.responses.memory.ConversationTurn;
import dev.camelgroq.responses.request.CallSpec;
import dev.camelgroq.responses.request.Conversation;
import dev.camelgroq.responses.request.MappedCall;
import dev.camelgroq.responses.response.OutboundHeaders;
import dev.camelgroq.responses.response.ParsedResponse;
import dev.camelgroq.responses.structured.StructuredOutput;
import dev.camelgroq.responses.tools.GroqToolApprovalException;
import dev.camelgroq.responses.tools.GroqToolIterationLimitException;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * One exchange's way through the model: a call, then as the answer requires MCP approvals, tool rounds (function
 * calls run on Camel endpoints, outputs sent back) and structured-output repairs, each a follow-up call carrying the
 * whole conversation, until a final answer is mapped onto the exchange. Nothing here waits on a thread.
 */
public final class ResponseFlow {

    private final FlowSettings settings;
    private final Exchange exchange;
    private final AsyncCallback callback;
    private final StructuredOutput structured;
    private final FlowTally tally = new FlowTally();
    private final AtomicBoolean done = new AtomicBoolean();
    private final ConversationTurn turn; // conversation memory: null without a conversation id
    private final CallSpec spec;
    private ObjectNode request;
    private CallResult last;
    private ResponsesCaller.Sender sender; // sends every call streamed: null for plain calls

    private ResponseFlow(FlowSettings settings, Exchange exchange, MappedCall call, ConversationTurn turn,
                         AsyncCallback callback) {
        this.settings = settings;
        this.exchange = exchange;
        this.spec = call.spec();
        this.request = call.request();
        this.turn = turn;
        this.callback = callback;
        this.structured = structuredFor(settings, spec);
    }

    /**
     * Starts the flow; {@code callback} is called once, when the exchange is complete. {@code turn} (conversation
     * memory) is recorded when the answer is complete, or null; {@code sender} sends every model call as a streamed
     * call, or null for plain calls.
     */
    public static void start(FlowSettings settings, Exchange exchange, MappedCall call, ConversationTurn turn,
                             AsyncCallback callback, ResponsesCaller.Sender sender) {
        ResponseFlow flow = new ResponseFlow(settings, exchange, call, turn, callback);
        flow.sender = sender;
        flow.send();
    }

    /** The endpoint's prepared contract for its own schema; a per-exchange schema gets its own (no output class). */
    private static StructuredOutput structuredFor(FlowSettings settings, CallSpec spec) {
        if (spec.schema() == null) {
            return null;
        }
        if (spec.optionSchema() && settings.structured() != null) {
            return settings.structured();
        }
        return new StructuredOutput(spec.schema(), null, settings.asMap(), settings.structuredOutputRetries());
    }

    private void send() {
        tally.modelCalls++;
        settings.caller().call(spec, request, sender).whenComplete((result, failure) -> {
            try {
                if (failure != null) {
                    settings.observer().modelCallFailed(exchange, unwrap(failure));
                    onFailure(unwrap(failure));
                } else {
                    settings.observer().modelCall(exchange, result);
                    onAnswer(result);
                }
            } catch (Throwable e) {
                fail(e);
            }
        });
    }

    private void onFailure(Throwable failure) {
        if (failure instanceof GroqResponsesException && structured != null
                && "json_validate_failed".equals(((GroqResponsesException) failure).getErrorCode())
                && tally.repairs < structured.retries()) {
            GroqResponsesException e = (GroqResponsesException) failure;
            ArrayNode items = Conversation.inputItems(request);
            if (e.getFailedGeneration() != null) {
                items.addObject().put("role", "assistant").put("content", e.getFailedGeneration());
            }
            repair(items, List.of(String.valueOf(e.getErrorMessage())));
            return;
        }
        fail(failure);
    }

    private void onAnswer(CallResult result) {
        last = result;
        tally.add(result);
        ParsedResponse response = result.response();
        List<Map<String, Object>> approvals = itemsOfType(response, "mcp_approval_request");
        if (!approvals.isEmpty()) {
            approve(response, approvals);
        } else if (!response.functionCalls().isEmpty() && settings.toolRunner() != null) {
            runTools(response);
        } else if (structured != null && response.functionCalls().isEmpty()) {
            StructuredOutput.Check check = structured.check(response.outputText());
            if (check.valid()) {
                complete(response, structured.toBody(check.document()));
            } else if (tally.repairs < structured.retries()) {
                repair(Conversation.withOutput(request, response.output(), settings.keepReasoning()), check.problems());
            } else {
                fail(invalid(response, check.problems()));
            }
        } else {
            complete(response, settings.toolRunner() == null && !response.functionCalls().isEmpty()
                    ? response.functionCalls() : null);
        }
    }

    private void runTools(ParsedResponse response) {
        if (tally.toolIterations >= settings.maxToolIterations()) {
            fail(new GroqToolIterationLimitException("groq-responses:" + settings.step()
                                                     + " reached maxToolIterations=" + settings.maxToolIterations()
                                                     + " and the model still calls tools "
                                                     + names(response.functionCalls())));
            return;
        }
        tally.toolIterations++;
        settings.toolRunner().run(response.functionCalls(), exchange).whenComplete((outcomes, failure) -> {
            if (failure != null) {
                fail(unwrap(failure));
                return;
            }
            tally.add(outcomes);
            settings.observer().toolRound(exchange, tally.toolIterations, outcomes);
            ArrayNode items = Conversation.withOutput(request, response.output(), settings.keepReasoning());
            outcomes.forEach(o -> items.add(o.outputItem()));
            continueWith(items);
        });
    }

    private void approve(ParsedResponse response, List<Map<String, Object>> approvals) {
        if (settings.approver() == null) {
            Map<String, Object> first = approvals.get(0);
            fail(new GroqToolApprovalException("MCP server '" + first.get("server_label")
                                               + "' asks approval to call tool '" + first.get("name") + "' with "
                                               + first.get("arguments") + ": set the mcpApproval option (an endpoint"
                                               + " or a Predicate bean) or requireApproval=never for that server",
                    "approval_required", String.valueOf(first.get("name")), String.valueOf(first.get("id")), null));
            return;
        }
        if (tally.approvalRounds++ >= settings.maxToolIterations()) {
            fail(new GroqToolIterationLimitException("groq-responses:" + settings.step()
                                                     + " reached maxToolIterations=" + settings.maxToolIterations()
                                                     + " approval rounds"));
            return;
        }
        List<CompletableFuture<Boolean>> decisions = new ArrayList<>();
        approvals.forEach(a -> decisions.add(settings.approver().decide(a, settings.executor())));
        CompletableFuture.allOf(decisions.toArray(CompletableFuture[]::new)).whenComplete((v, failure) -> {
            if (failure != null) {
                Throwable cause = unwrap(failure);
                if (Failures.isStopped(cause)) {
                    fail(cause);
                    return;
                }
                fail(new GroqToolApprovalException("groq-responses:" + settings.step() + " could not get an MCP"
                                                   + " approval: " + cause.getMessage(), "approval_failed", null,
                        null, cause));
                return;
            }
            ArrayNode items = Conversation.withOutput(request, response.output(), settings.keepReasoning());
            for (int i = 0; i < approvals.size(); i++) {
                items.addObject().put("type", "mcp_approval_response")
                        .put("approval_request_id", String.valueOf(approvals.get(i).get("id")))
                        .put("approve", decisions.get(i).join());
            }
            continueWith(items);
        });
    }

    private void repair(ArrayNode items, List<String> problems) {
        tally.repairs++;
        settings.observer().repair(exchange, problems);
        items.addObject().put("role", "user").put("content", StructuredOutput.repairPrompt(problems));
        continueWith(items);
    }

    private void continueWith(ArrayNode items) {
        try {
            request = Conversation.continued(request, items);
            send();
        } catch (RuntimeException e) {
            fail(e);
        }
    }

    private GroqResponsesException invalid(ParsedResponse response, List<String> problems) {
        GroqResponsesException.Details d = new GroqResponsesException.Details().status(last.answer().status())
                .type("invalid_request_error").code("json_validate_failed").failedGeneration(response.outputText())
                .validationErrors(problems).requestId(last.answer().header("x-request-id"))
                .attempts(tally.modelCalls)
                .message("the answer does not match the JSON schema after " + tally.repairs + " repair(s): "
                         + String.join("; ", problems));
        return new GroqResponsesException("groq-responses:" + settings.step() + " " + d.errorMessage(), null, d);
    }

    private void complete(ParsedResponse response, Object body) {
        if (!done.compareAndSet(false, true)) {
            return;
        }
        try {
            Message message = exchange.getMessage();
            message.setBody(body != null ? body : response.outputText());
            OutboundHeaders.answer(message, response, last.answer(), last.limits(), tally.totals());
            if (!response.functionCalls().isEmpty()) {
                // the route handles the calls itself: give it the conversation to continue from
                OutboundHeaders.conversation(message, Conversation.asList(
                        Conversation.withOutput(request, response.output(), settings.keepReasoning())));
            }
        } catch (RuntimeException e) {
            exchange.setException(e);
        }
        if (turn != null && exchange.getException() == null) {
            // conversation memory: the one place where a completed answer is recorded
            turn.record(request, response).whenComplete((v, failure) -> {
                if (failure != null) {
                    exchange.setException(unwrap(failure));
                }
                callback.done(false);
            });
            return;
        }
        callback.done(false);
    }

    private void fail(Throwable failure) {
        if (!done.compareAndSet(false, true)) {
            return;
        }
        OutboundHeaders.totals(exchange.getMessage(), tally.totals());
        // input refused before anything was sent stays an IllegalArgumentException; all else is one family
        boolean refusedInput = failure instanceof IllegalArgumentException && last == null;
        exchange.setException(refusedInput ? failure : Failures.asGroqException(settings.step(), failure));
        callback.done(false);
    }

    private static List<Map<String, Object>> itemsOfType(ParsedResponse response, String type) {
        List<Map<String, Object>> found = new ArrayList<>();
        response.output().forEach(item -> {
            if (type.equals(item.get("type"))) {
                found.add(item);
            }
        });
        return found;
    }

    private static List<Object> names(List<Map<String, Object>> calls) {
        List<Object> names = new ArrayList<>();
        calls.forEach(c -> names.add(c.get("name")));
        return names;
    }

    private static Throwable unwrap(Throwable t) {
        return t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
    }
}
