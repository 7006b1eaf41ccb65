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

import dev.camelgroq.responses.test.GroqEmulatorExtension;
import dev.camelgroq.responses.test.Reply;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.opentelemetry2.OpenTelemetryTracer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spans of groq-responses steps through camel-opentelemetry2 and an in-memory exporter: the decorator is found by
 * ServiceLoader, no code in the route.
 */
class TracingTest {

    static final String KEY = "gsk_test_tracing_0123456789";
    static final String MODEL = "openai/gpt-oss-20b";

    @RegisterExtension
    static final GroqEmulatorExtension GROQ = new GroqEmulatorExtension();

    static final InMemorySpanExporter EXPORTER = InMemorySpanExporter.create();
    static CamelContext context;
    static ProducerTemplate template;

    @BeforeAll
    static void start() throws Exception {
        OpenTelemetrySdk otel = OpenTelemetrySdk.builder()
                .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(EXPORTER))
                        .build())
                .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance())).build();
        context = new DefaultCamelContext();
        context.getRegistry().bind("otelTracer", otel.getTracer("test"));
        context.getRegistry().bind("otelPropagators", otel.getPropagators());
        new OpenTelemetryTracer().init(context);
        String base = "?model=" + MODEL + "&apiKey=RAW(" + KEY + ")&baseUrl=" + GROQ.baseUrl()
                      + "&retryInitialDelay=10&rateLimiter=off";
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:plain").to("groq-responses:summarize" + base);
                from("direct:content").to("groq-responses:summarize" + base + "&traceContent=true");
                from("direct:tools").to("groq-responses:weather" + base + "&tool.get_weather.endpoint=direct:weather");
                from("direct:weather").setBody(constant("{\"celsius\":21}"));
            }
        });
        context.start();
        template = context.createProducerTemplate();
    }

    @AfterAll
    static void stop() {
        context.stop();
    }

    @BeforeEach
    void clear() {
        EXPORTER.reset();
    }

    @Test
    void callSpanCarriesGenAiAttributesButNoContentByDefault() {
        GROQ.emulator().enqueue(Reply.text("Short summary.").usage(80, 20, 16));
        Exchange exchange = template.send("direct:plain", e -> e.getIn().setBody("A long text"));
        assertThat(exchange.getException()).isNull();

        SpanData span = groqSpan();
        assertThat(attr(span, "gen_ai.operation.name")).isEqualTo("chat");
        assertThat(attr(span, "gen_ai.provider.name")).isEqualTo("groq");
        assertThat(attr(span, "gen_ai.request.model")).isEqualTo(MODEL);
        assertThat(attr(span, "gen_ai.response.model")).isEqualTo(MODEL);
        assertThat(attr(span, "gen_ai.usage.input_tokens")).isEqualTo("80");
        assertThat(attr(span, "gen_ai.usage.output_tokens")).isEqualTo("20");
        assertThat(attr(span, "groq.usage.cached_tokens")).isEqualTo("16");
        assertThat(attr(span, "gen_ai.response.id")).isEqualTo(
                exchange.getMessage().getHeader(GroqResponsesConstants.RESPONSE_ID));
        assertThat(attr(span, "gen_ai.response.finish_reasons")).isEqualTo("completed");
        assertThat(attr(span, "camel.groq.endpoint")).isEqualTo("summarize");
        assertThat(attr(span, "camel.uri")).doesNotContain(KEY);
        assertThat(attr(span, "gen_ai.input.messages")).isNull();
        assertThat(attr(span, "gen_ai.output.messages")).isNull();
        assertThat(span.getAttributes().asMap().values()).noneMatch(v -> String.valueOf(v).contains(KEY));
    }

    @Test
    void traceContentAddsPromptAndOutput() {
        GROQ.emulator().enqueue(Reply.text("Short summary."));
        template.send("direct:content", e -> e.getIn().setBody("A long text"));
        SpanData span = groqSpan();
        assertThat(attr(span, "gen_ai.input.messages")).isEqualTo("A long text");
        assertThat(attr(span, "gen_ai.output.messages")).isEqualTo("Short summary.");
    }

    @Test
    void retriesAreSpanEvents() {
        GROQ.emulator().enqueue(Reply.error(503, "service_unavailable", null, "overloaded"), Reply.text("ok"));
        template.send("direct:plain", e -> e.getIn().setBody("Hello"));
        SpanData span = groqSpan();
        EventData retried = event(span, "gen_ai.groq.retried");
        assertThat(retried.getAttributes().get(AttributeKey.stringKey("groq.attempts"))).isEqualTo("2");
        assertThat(attr(span, "groq.retries")).isEqualTo("1");
    }

    @Test
    void toolRoundsAreSpanEvents() {
        GROQ.emulator().enqueue(Reply.functionCall("get_weather", "{\"city\":\"Paris\"}"), Reply.text("21 degrees"));
        template.send("direct:tools", e -> e.getIn().setBody("Weather in Paris?"));
        SpanData span = groqSpan();
        EventData round = event(span, "gen_ai.groq.tool_round");
        assertThat(round.getAttributes().get(AttributeKey.stringKey("gen_ai.tool.name"))).isEqualTo("get_weather");
        assertThat(round.getAttributes().get(AttributeKey.stringKey("groq.tool.round"))).isEqualTo("1");
        assertThat(attr(span, "groq.model_calls")).isEqualTo("2");
    }

    @Test
    void failureSetsErrorType() {
        GROQ.emulator().enqueue(Reply.error(400, "invalid_request_error", "model_decommissioned", "gone"));
        Exchange exchange = template.send("direct:plain", e -> e.getIn().setBody("Hello"));
        assertThat(exchange.getException()).isInstanceOf(GroqResponsesException.class);
        SpanData span = groqSpan();
        assertThat(attr(span, "error.type")).isEqualTo("model_decommissioned");
        assertThat(attr(span, "gen_ai.usage.input_tokens")).isNull();
    }

    private static SpanData groqSpan() {
        List<SpanData> spans = EXPORTER.getFinishedSpanItems().stream()
                .filter(s -> "groq".equals(attr(s, "gen_ai.provider.name"))).toList();
        assertThat(spans).as("groq-responses spans among " + EXPORTER.getFinishedSpanItems()).hasSize(1);
        return spans.get(0);
    }

    private static EventData event(SpanData span, String name) {
        return span.getEvents().stream().filter(e -> e.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no event " + name + " among " + span.getEvents()));
    }

    private static String attr(SpanData span, String key) {
        return span.getAttributes().get(AttributeKey.stringKey(key));
    }

}
