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

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.camelgroq.responses.GroqResponsesConstants;
import dev.camelgroq.responses.call.Failures;
import dev.camelgroq.responses.request.OptionChecks;
import dev.camelgroq.responses.request.Json;
import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.support.service.ServiceHelper;

/**
 * Runs the function calls of one answer on their Camel endpoints, one after the other or a bounded number at once,
 * through Camel's asynchronous producer API (an asynchronous endpoint holds no thread while it works), each started on
 * the tools bulkhead, never on the thread that delivered the answer (an HTTP I/O thread). Failures and calls to unknown
 * tools follow the endpoint's strategies: fail the exchange, or report the error text to the model.
 */
public final class ToolRunner {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final CamelContext context;
    private final FunctionTools tools;
    private final Executor executor;
    private final boolean parallel;
    private final int maxParallel;
    private final boolean failOnError;
    private final boolean failOnUnknown;
    private final Map<String, AsyncProducer> producers = new ConcurrentHashMap<>();
    private final RunningHooks running = new RunningHooks();

    /**
     * {@code executor} runs the tool endpoints (the tools bulkhead); with {@code parallel}, up to {@code maxParallel}
     * calls of a round run at once.
     */
    public ToolRunner(CamelContext context, FunctionTools tools, Executor executor, boolean parallel, int maxParallel,
                      boolean failOnError, boolean failOnUnknown) {
        this.context = context;
        this.tools = tools;
        this.executor = executor;
        this.parallel = parallel;
        this.maxParallel = maxParallel;
        this.failOnError = failOnError;
        this.failOnUnknown = failOnUnknown;
    }

    /**
     * Runs every call, at most {@code maxParallel} at once (one at a time unless parallel execution is on), each on the
     * tools bulkhead; the outcomes come in the order of the calls. The future fails with {@link GroqToolException}
     * when a strategy says fail, or at once when the round holds more than
     * {@link OptionChecks#MAX_TOOL_CALLS_PER_ROUND} calls.
     */
    public CompletableFuture<List<ToolOutcome>> run(List<Map<String, Object>> calls, Exchange parent) {
        if (calls.size() > OptionChecks.MAX_TOOL_CALLS_PER_ROUND) {
            return CompletableFuture.failedFuture(new GroqToolException("The model asked for " + calls.size()
                                                                        + " function calls in one answer; at most "
                                                                        + OptionChecks.MAX_TOOL_CALLS_PER_ROUND
                                                                        + " are run per round (a hard cap), so none"
                                                                        + " was run: ask for fewer calls in the"
                                                                        + " instructions or handle them in the route"
                                                                        + " (autoToolExecution=false)",
                    "too_many_tool_calls", null, null, null));
        }
        Round round = new Round(calls, parent);
        int lanes = parallel ? Math.min(maxParallel, calls.size()) : 1;
        for (int i = 0; i < Math.max(1, lanes); i++) {
            round.next();
        }
        return round.result;
    }

    /** One round: each lane takes the next call when its previous one is done, until none is left or one failed. */
    private final class Round {
        final List<Map<String, Object>> calls;
        final Exchange parent;
        final ToolOutcome[] outcomes;
        final AtomicInteger started = new AtomicInteger();
        final AtomicInteger finished = new AtomicInteger();
        final CompletableFuture<List<ToolOutcome>> result = new CompletableFuture<>();

        Round(List<Map<String, Object>> calls, Exchange parent) {
            this.calls = calls;
            this.parent = parent;
            this.outcomes = new ToolOutcome[calls.size()];
            if (calls.isEmpty()) {
                result.complete(List.of());
            }
        }

        void next() {
            int index = started.getAndIncrement();
            if (index >= calls.size() || result.isDone()) {
                return;
            }
            runOne(calls.get(index), parent).whenComplete((outcome, failure) -> {
                if (failure != null) {
                    result.completeExceptionally(failure);
                    return;
                }
                outcomes[index] = outcome;
                if (finished.incrementAndGet() == calls.size()) {
                    result.complete(Arrays.asList(outcomes));
                } else {
                    next();
                }
            });
        }
    }

    private CompletableFuture<ToolOutcome> runOne(Map<String, Object> call, Exchange parent) {
        String name = String.valueOf(call.get("name"));
        String callId = String.valueOf(call.get("call_id"));
        String arguments = call.get("arguments") == null ? "{}" : String.valueOf(call.get("arguments"));
        FunctionTools.Tool tool = tools.get(name);
        if (tool == null) {
            String message = "unknown tool '" + name + "'; the available tools are " + tools.names();
            if (failOnUnknown) {
                return CompletableFuture.failedFuture(new GroqToolException("The model called an " + message,
                        "unknown_tool", name, callId, null));
            }
            return CompletableFuture.completedFuture(new ToolOutcome(callId, name, arguments, "Error: " + message, 0,
                    "unknown_tool"));
        }
        Map<String, Object> args;
        try {
            args = arguments.isBlank() ? Map.of() : Json.MAPPER.readValue(arguments, MAP);
        } catch (IOException e) {
            return error(name, callId, arguments, 0, new IllegalArgumentException(
                    "the arguments are not a JSON object: " + arguments, e));
        }
        return running.run(executor, result -> invoke(tool, callId, arguments, args, parent, result));
    }

    private void invoke(FunctionTools.Tool tool, String callId, String arguments, Map<String, Object> args,
                        Exchange parent, CompletableFuture<ToolOutcome> result) {
        long start = System.nanoTime();
        try {
            AsyncProducer producer = producer(tool.endpointUri());
            Exchange exchange = producer.getEndpoint().createExchange();
            parent.getMessage().getHeaders().forEach((k, v) -> {
                if (!k.startsWith("CamelGroqResponses")) {
                    exchange.getIn().setHeader(k, v);
                }
            });
            exchange.getIn().setHeader(GroqResponsesConstants.TOOL_NAME, tool.name());
            exchange.getIn().setHeader(GroqResponsesConstants.TOOL_CALL_ID, callId);
            exchange.getIn().setBody(args);
            producer.process(exchange, doneSync -> {
                long millis = (System.nanoTime() - start) / 1_000_000;
                if (exchange.getException() != null) {
                    forward(error(tool.name(), callId, arguments, millis, exchange.getException()), result);
                } else {
                    result.complete(new ToolOutcome(callId, tool.name(), arguments, text(exchange.getMessage().getBody()),
                            millis, "ok"));
                }
            });
        } catch (Exception e) {
            forward(error(tool.name(), callId, arguments, (System.nanoTime() - start) / 1_000_000, e), result);
        }
    }

    private static void forward(CompletableFuture<ToolOutcome> from, CompletableFuture<ToolOutcome> to) {
        from.whenComplete((outcome, failure) -> {
            if (failure != null) {
                to.completeExceptionally(failure);
            } else {
                to.complete(outcome);
            }
        });
    }

    private CompletableFuture<ToolOutcome> error(String name, String callId, String arguments, long millis,
                                                 Throwable failure) {
        if (failOnError) {
            return CompletableFuture.failedFuture(new GroqToolException("Tool '" + name + "' (call " + callId
                                                                        + ") failed: " + failure.getMessage(),
                    name, callId, failure));
        }
        return CompletableFuture.completedFuture(new ToolOutcome(callId, name, arguments,
                "Error: " + failure.getMessage(), millis, "error"));
    }

    private AsyncProducer producer(String uri) {
        return producers.computeIfAbsent(uri, u -> {
            try {
                Endpoint endpoint = context.getEndpoint(u);
                if (endpoint == null) {
                    throw new IllegalArgumentException("No endpoint for tool URI " + u);
                }
                AsyncProducer producer = endpoint.createAsyncProducer();
                ServiceHelper.startService(producer);
                return producer;
            } catch (Exception e) {
                throw new IllegalStateException("Cannot create a producer for tool endpoint " + u + ": "
                                                + e.getMessage(),
                        e);
            }
        });
    }

    private static String text(Object body) {
        if (body == null) {
            return "";
        }
        if (body instanceof String) {
            return (String) body;
        }
        try {
            return Json.MAPPER.writeValueAsString(body);
        } catch (IOException e) {
            return String.valueOf(body);
        }
    }

    /**
     * Ends the tool calls still running with a {@link Failures#STOPPED} error of {@code step} (interrupting a tool
     * route that blocks), refuses new ones and stops the producers this runner created.
     */
    public void stop(String step) {
        running.stop(() -> Failures.stoppedInHook(step, "a tool call"));
        producers.values().forEach(ServiceHelper::stopService);
        producers.clear();
    }
}
