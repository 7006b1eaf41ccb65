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
package dev.camelgroq.responses.observe;

import java.util.List;
import java.util.function.ToIntFunction;

import dev.camelgroq.responses.GroqResponsesConstants;
import dev.camelgroq.responses.GroqResponsesException;
import dev.camelgroq.responses.call.CallObserver;
import dev.camelgroq.responses.call.CallResult;
import dev.camelgroq.responses.flow.FlowObserver;
import dev.camelgroq.responses.response.ParsedResponse;
import dev.camelgroq.responses.response.RateLimitHeaders;
import dev.camelgroq.responses.tools.ToolOutcome;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;

/**
 * The observer of one endpoint: always keeps {@link CallStats} (console, JMX) and exchange trace events; records
 * Micrometer meters too when a registry was found ({@code meters} non-null).
 */
public final class EndpointObserver implements CallObserver, FlowObserver {

    private final String endpoint;
    private final CallStats stats = new CallStats();
    private final BoundedNames errorTypes = ErrorTypes.bounded();
    private final MeterRecorder meters;
    private final ToIntFunction<String> governorQueue;

    EndpointObserver(String endpoint, MeterRecorder meters, ToIntFunction<String> governorQueue) {
        this.endpoint = endpoint;
        this.meters = meters;
        this.governorQueue = governorQueue;
    }

    /** Requests of this endpoint's key waiting for rate-limit budget for {@code model} (0 without a governor). */
    public int queued(String model) {
        return governorQueue == null ? 0 : governorQueue.applyAsInt(model);
    }

    public String endpoint() {
        return endpoint;
    }

    public CallStats stats() {
        return stats;
    }

    /** Whether meters are recorded (a MeterRegistry was found). */
    public boolean recordsMeters() {
        return meters != null;
    }

    @Override
    public void admitted(String model, long waitedMillis) {
        if (meters != null) {
            meters.admitted(model, waitedMillis);
        }
    }

    @Override
    public void answered(String model, int status, RateLimitHeaders limits) {
        stats.answer(model, status, limits);
        if (meters != null) {
            meters.answered(model, status, limits);
        }
    }

    @Override
    public void retrying(String model, String errorCode, int status, Throwable failure) {
        String errorType = ErrorTypes.of(errorCode, status, failure);
        stats.retry();
        if (meters != null) {
            meters.retrying(model, errorTypes.bound(errorType));
        }
    }

    @Override
    public void succeeded(String model, ParsedResponse response, long nanos) {
        stats.call();
        stats.tokens(response.inputTokens(), response.outputTokens());
        if (meters != null) {
            meters.succeeded(model, response, nanos);
        }
    }

    @Override
    public void failed(String model, Throwable failure, long nanos) {
        String errorType = errorTypes.bound(ErrorTypes.of(failure));
        stats.call();
        stats.failure(errorType);
        if (meters != null) {
            meters.failed(model, errorType, nanos);
        }
    }

    /** The first streamed token of an exchange arrived {@code millis} after its request was sent (see streamed). */
    public void firstToken(String model, long millis) {
        if (meters != null) {
            meters.firstToken(model, millis);
        }
    }

    /**
     * Wraps a streamed exchange's callback: records the time to first token that streaming put on the exchange
     * ({@code CamelGroqResponsesTimeToFirstToken}) before the route continues.
     */
    public AsyncCallback streamed(Exchange exchange, String model, AsyncCallback callback) {
        if (meters == null) {
            return callback;
        }
        return doneSync -> {
            Long millis = exchange.getMessage().getHeader(GroqResponsesConstants.TIME_TO_FIRST_TOKEN, Long.class);
            if (millis != null) {
                firstToken(model, millis);
            }
            callback.done(doneSync);
        };
    }

    @Override
    public void modelCall(Exchange exchange, CallResult result) {
        if (result.attempts() > 1) {
            TraceEvents.add(exchange, "gen_ai.groq.retried", "groq.attempts", String.valueOf(result.attempts()),
                    "groq.rate_limit.wait_ms", String.valueOf(result.rateLimitWaitMillis()),
                    "gen_ai.response.id", result.response().id());
        }
    }

    @Override
    public void modelCallFailed(Exchange exchange, Throwable failure) {
        if (failure instanceof GroqResponsesException e && e.getAttempts() > 1) {
            TraceEvents.add(exchange, "gen_ai.groq.retried", "groq.attempts", String.valueOf(e.getAttempts()),
                    "error.type", ErrorTypes.of(e));
        }
    }

    @Override
    public void toolRound(Exchange exchange, int round, List<ToolOutcome> outcomes) {
        stats.toolCalls(outcomes.size());
        StringBuilder names = new StringBuilder();
        long slowest = 0;
        int failedCalls = 0;
        for (ToolOutcome o : outcomes) {
            names.append(names.length() == 0 ? "" : ",").append(o.name());
            slowest = Math.max(slowest, o.durationMillis());
            failedCalls += "ok".equals(o.outcome()) ? 0 : 1;
            if (meters != null) {
                meters.tool(o);
            }
        }
        TraceEvents.add(exchange, "gen_ai.groq.tool_round", "groq.tool.round", String.valueOf(round),
                "gen_ai.tool.name", names.toString(), "groq.tool.calls", String.valueOf(outcomes.size()),
                "groq.tool.failed", String.valueOf(failedCalls), "groq.tool.max_duration_ms",
                String.valueOf(slowest));
    }

    @Override
    public void repair(Exchange exchange, List<String> problems) {
        stats.repair();
        if (meters != null) {
            meters.repair();
        }
        TraceEvents.add(exchange, "gen_ai.groq.structured_output_repair", "groq.problems",
                String.valueOf(problems.size()));
    }
}
