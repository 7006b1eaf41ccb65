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
import java.util.Map;
import java.util.function.Supplier;

import dev.camelgroq.responses.GroqResponsesConfiguration;
import dev.camelgroq.responses.GroqResponsesConstants;
import dev.camelgroq.responses.request.ExchangeOptions;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.telemetry.Span;
import org.apache.camel.telemetry.decorators.AbstractSpanDecorator;

/**
 * Camel telemetry decorator of {@code groq-responses} spans (found by camel-telemetry through ServiceLoader, so
 * camel-opentelemetry2 users get it without code): OpenTelemetry GenAI attributes ({@code gen_ai.*}), Groq's timings,
 * retries, tool rounds and repairs as span events, and prompts and outputs only with the endpoint's traceContent
 * option.
 */
public class GroqResponsesSpanDecorator extends AbstractSpanDecorator {

    /** Exchange property set while the span of an endpoint with traceContent=true is open. */
    static final String TRACE_CONTENT = "CamelGroqResponsesTraceContent";
    private static final int MAX_CONTENT = 8192;

    @Override
    public String getComponent() {
        return "groq-responses";
    }

    @Override
    public String getComponentClassName() {
        return "dev.camelgroq.responses.GroqResponsesComponent";
    }

    @Override
    public String getOperationName(Exchange exchange, Endpoint endpoint) {
        return "chat " + model(exchange, endpoint);
    }

    @Override
    public void beforeTracingEvent(Span span, Exchange exchange, Endpoint endpoint) {
        super.beforeTracingEvent(span, exchange, endpoint);
        span.setTag(MeterNames.OPERATION, "chat");
        span.setTag(MeterNames.PROVIDER, "groq");
        tag(span, MeterNames.REQUEST_MODEL, model(exchange, endpoint));
        if (endpoint instanceof ObservedEndpoint g) {
            span.setTag(MeterNames.ENDPOINT, g.getName());
            span.setTag(MeterNames.SERVER_ADDRESS, Observers.host(g.getConfiguration().getBaseUrl()));
            Message in = exchange.getMessage();
            GroqResponsesConfiguration c = g.getConfiguration();
            tag(span, "gen_ai.request.temperature", value(() -> ExchangeOptions.temperature(in, c)));
            tag(span, "gen_ai.request.max_tokens", value(() -> ExchangeOptions.maxOutputTokens(in, c)));
            tag(span, "gen_ai.request.top_p", c.getTopP());
            if (c.isTraceContent()) {
                exchange.setProperty(TRACE_CONTENT, true);
                tag(span, "gen_ai.system_instructions", clip(value(() -> ExchangeOptions.instructions(in, c))));
                tag(span, "gen_ai.input.messages", clip(in.getBody()));
            }
        }
    }

    @Override
    public void afterTracingEvent(Span span, Exchange exchange) {
        super.afterTracingEvent(span, exchange);
        Message out = exchange.getMessage();
        tag(span, MeterNames.RESPONSE_MODEL, out.getHeader(GroqResponsesConstants.RESPONSE_MODEL));
        tag(span, "gen_ai.response.id", out.getHeader(GroqResponsesConstants.RESPONSE_ID));
        tag(span, "gen_ai.response.finish_reasons", out.getHeader(GroqResponsesConstants.STATUS));
        boolean failed = exchange.getException() != null;
        tag(span, "gen_ai.usage.input_tokens", usage(out, failed, GroqResponsesConstants.LOOP_INPUT_TOKENS,
                GroqResponsesConstants.INPUT_TOKENS));
        tag(span, "gen_ai.usage.output_tokens", usage(out, failed, GroqResponsesConstants.LOOP_OUTPUT_TOKENS,
                GroqResponsesConstants.OUTPUT_TOKENS));
        tag(span, "groq.usage.cached_tokens", out.getHeader(GroqResponsesConstants.CACHED_TOKENS));
        tag(span, "groq.usage.reasoning_tokens", out.getHeader(GroqResponsesConstants.REASONING_TOKENS));
        tag(span, "groq.queue_time", out.getHeader(GroqResponsesConstants.QUEUE_TIME));
        tag(span, "groq.prompt_time", out.getHeader(GroqResponsesConstants.PROMPT_TIME));
        tag(span, "groq.completion_time", out.getHeader(GroqResponsesConstants.COMPLETION_TIME));
        tag(span, "groq.request_id", out.getHeader(GroqResponsesConstants.REQUEST_ID));
        tag(span, "groq.model_calls", out.getHeader(GroqResponsesConstants.MODEL_CALLS));
        tag(span, "groq.retries", out.getHeader(GroqResponsesConstants.RETRIES));
        tag(span, "groq.tool_iterations", out.getHeader(GroqResponsesConstants.TOOL_ITERATIONS));
        tag(span, "groq.repairs", out.getHeader(GroqResponsesConstants.REPAIRS));
        tag(span, "groq.time_to_first_token_ms", out.getHeader(GroqResponsesConstants.TIME_TO_FIRST_TOKEN));
        if (exchange.getException() != null) {
            span.setTag(MeterNames.ERROR_TYPE, ErrorTypes.of(exchange.getException()));
        }
        if (Boolean.TRUE.equals(exchange.getProperty(TRACE_CONTENT))) {
            tag(span, "gen_ai.output.messages", clip(out.getHeader(GroqResponsesConstants.OUTPUT_TEXT)));
            exchange.removeProperty(TRACE_CONTENT);
        }
        List<Map<String, String>> events = TraceEvents.of(exchange);
        events.forEach(span::log);
        if (!events.isEmpty()) {
            exchange.removeProperty(TraceEvents.PROPERTY);
        }
    }

    /**
     * The model the exchange asks for, by the producer's own rule ({@link ExchangeOptions}): the span starts before
     * the producer resolves the call.
     */
    private static String model(Exchange exchange, Endpoint endpoint) {
        if (endpoint instanceof ObservedEndpoint g) {
            return value(() -> ExchangeOptions.model(exchange.getMessage(), g.getConfiguration()));
        }
        return exchange.getMessage().getHeader(GroqResponsesConstants.MODEL, String.class);
    }

    /** A request value for a tag; none when the header is unusable (the producer then fails the exchange, naming it). */
    private static <T> T value(Supplier<T> resolve) {
        try {
            return resolve.get();
        } catch (IllegalArgumentException unusable) {
            return null;
        }
    }

    /** The exchange's token total (all model calls), else the last call's; none for a failure that used none. */
    private static Object usage(Message m, boolean failed, String total, String last) {
        Object v = m.getHeader(total);
        v = v != null ? v : m.getHeader(last);
        return failed && v instanceof Number n && n.longValue() == 0 ? null : v;
    }

    private static String clip(Object value) {
        if (value == null) {
            return null;
        }
        String s = value instanceof byte[] ? "(binary, " + ((byte[]) value).length + " bytes)" : String.valueOf(value);
        return s.length() <= MAX_CONTENT ? s : s.substring(0, MAX_CONTENT) + "...";
    }

    private static void tag(Span span, String key, Object value) {
        if (value != null) {
            span.setTag(key, String.valueOf(value));
        }
    }
}
