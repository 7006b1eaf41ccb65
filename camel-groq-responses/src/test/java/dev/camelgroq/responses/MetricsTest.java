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

import java.net.URI;
import java.util.Map;

import dev.camelgroq.responses.test.Reply;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Micrometer meters after real calls to the emulator: plain, retried, failed, tool-loop and repaired calls. Each test
 * uses its own endpoint name, so its meters are told apart by the camel.groq.endpoint tag.
 */
class MetricsTest extends EmulatorTestSupport {

    static final String MODEL = "openai/gpt-oss-20b";
    static final String FAST = "retryInitialDelay=10&requestTimeout=2000";

    static final SimpleMeterRegistry REGISTRY = new SimpleMeterRegistry();

    public record Review(String productName, int rating) {
    }

    @BeforeAll
    static void bindRegistry() throws Exception {
        context.getRegistry().bind("meters", REGISTRY);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:weather").setBody(constant("{\"celsius\":21}"));
            }
        });
    }

    @Test
    void successfulCallRecordsGenAiMetersWithTheirTags() {
        emulator().enqueue(Reply.text("Hi").usage(80, 20, 16));
        Exchange exchange = sendOk("ok", "", "Hello");

        Map<String, String> common = Map.of("gen_ai.operation.name", "chat", "gen_ai.provider.name", "groq",
                "gen_ai.request.model", MODEL, "gen_ai.response.model", MODEL, "server.address",
                URI.create(GROQ.baseUrl()).getHost(), "camel.groq.endpoint", "ok");
        DistributionSummary input = summary("gen_ai.client.token.usage", "ok", "gen_ai.token.type", "input");
        assertThat(input.getId().getBaseUnit()).isEqualTo("tokens");
        assertThat(tags(input)).containsAllEntriesOf(common);
        assertThat(input.count()).isEqualTo(1);
        assertThat(input.totalAmount()).isEqualTo(80);
        assertThat(summary("gen_ai.client.token.usage", "ok", "gen_ai.token.type", "output").totalAmount())
                .isEqualTo(20);
        assertThat(summary("groq.client.token.usage.details", "ok", "groq.token.detail", "cached").totalAmount())
                .isEqualTo(16);

        Timer duration = timer("gen_ai.client.operation.duration", "ok", "error.type", "none");
        assertThat(tags(duration)).containsAllEntriesOf(common);
        assertThat(duration.count()).isEqualTo(1);
        assertThat(timer("groq.server.time", "ok", "groq.phase", "completion").count())
                .as("Groq's completion_time").isEqualTo(exchange.getMessage().getHeader(
                        GroqResponsesConstants.COMPLETION_TIME) == null ? 0 : 1);
        assertThat(timer("groq.client.rate_limit.wait", "ok", null, null).count()).isEqualTo(1);

        Long remaining = exchange.getMessage().getHeader(GroqResponsesConstants.RATE_LIMIT_REMAINING_TOKENS,
                Long.class);
        assertThat(remaining).as("the emulator sends x-ratelimit-remaining-tokens").isNotNull();
        Gauge gauge = REGISTRY.find("groq.client.rate_limit.remaining").tag("camel.groq.endpoint", "ok")
                .tag("groq.limit.type", "tokens").gauge();
        assertThat(gauge.value()).isEqualTo(remaining.doubleValue());
        assertThat(REGISTRY.find("groq.client.rate_limit.queue").tag("camel.groq.endpoint", "ok").gauge().value())
                .isZero();
    }

    @Test
    void retriedCallCountsTheRetryAndThe429() {
        emulator().enqueue(Reply.error(429, "tokens", "rate_limit_exceeded", "slow down").header("retry-after-ms", "20"),
                Reply.text("recovered"));
        sendOk("retried", FAST + "&rateLimiter=off", "Hello");

        Counter retries = REGISTRY.find("groq.client.retries").tag("camel.groq.endpoint", "retried").counter();
        assertThat(retries.count()).isEqualTo(1);
        assertThat(tags(retries)).containsEntry("error.type", "rate_limit_exceeded");
        assertThat(REGISTRY.find("groq.client.rejected_answers").tag("camel.groq.endpoint", "retried")
                .tag("http.response.status_code", "429").counter().count()).isEqualTo(1);
        assertThat(timer("gen_ai.client.operation.duration", "retried", "error.type", "none").count())
                .as("one logical call, retries included").isEqualTo(1);
    }

    @Test
    void failedCallRecordsTheDurationWithItsErrorType() {
        emulator().enqueue(Reply.error(400, "invalid_request_error", "model_decommissioned", "gone"));
        Exchange exchange = send("failed", FAST, "Hello");
        assertThat(exchange.getException()).isInstanceOf(GroqResponsesException.class);

        Timer failed = timer("gen_ai.client.operation.duration", "failed", "error.type", "model_decommissioned");
        assertThat(failed.count()).isEqualTo(1);
        assertThat(tags(failed)).containsEntry("gen_ai.response.model", "none");
        assertThat(REGISTRY.find("gen_ai.client.token.usage").tag("camel.groq.endpoint", "failed").meters())
                .as("no tokens without an answer").isEmpty();
    }

    /** Error codes are the server's word: a flood of distinct codes ends in "other", known codes keep their tag. */
    @Test
    void errorTypesFromTheServerAreBounded() {
        int codes = 500;
        for (int i = 0; i < codes; i++) {
            emulator().enqueue(Reply.error(400, "invalid_request_error", "made_up_code_" + i, "no"));
        }
        emulator().enqueue(Reply.error(400, "invalid_request_error", "json_validate_failed", "no"));
        for (int i = 0; i <= codes; i++) {
            assertThat(send("flood", FAST + "&maxRetries=0", "Hello " + i).getException())
                    .isInstanceOf(GroqResponsesException.class);
        }

        java.util.Set<String> types = new java.util.TreeSet<>();
        REGISTRY.find("gen_ai.client.operation.duration").tag("camel.groq.endpoint", "flood").timers()
                .forEach(t -> types.add(t.getId().getTag("error.type")));
        assertThat(types).hasSize(20 + 2).contains("other", "json_validate_failed", "made_up_code_0")
                .doesNotContain("made_up_code_" + (codes - 1));
        assertThat(timer("gen_ai.client.operation.duration", "flood", "error.type", "other").count())
                .isEqualTo(codes - 20);
    }

    @Test
    void toolLoopRecordsToolCallsAndBothModelCalls() {
        emulator().enqueue(Reply.functionCall("get_weather", "{\"city\":\"Paris\"}"), Reply.text("21 degrees"));
        sendOk("tools", "tool.get_weather.endpoint=direct:weather", "Weather in Paris?");

        Timer tool = timer("groq.client.tool.calls", "tools", "gen_ai.tool.name", "get_weather");
        assertThat(tool.count()).isEqualTo(1);
        assertThat(tags(tool)).containsEntry("groq.tool.outcome", "ok");
        assertThat(timer("gen_ai.client.operation.duration", "tools", "error.type", "none").count()).isEqualTo(2);
    }

    @Test
    void streamedCallRecordsTheTimeToFirstToken() {
        Exchange exchange = sendOk("streamed", "stream=true", "Hello");
        assertThat(exchange.getMessage().getHeader(GroqResponsesConstants.TIME_TO_FIRST_TOKEN)).isNotNull();
        assertThat(timer("groq.client.time_to_first_token", "streamed", null, null).count()).isEqualTo(1);
        assertThat(summary("gen_ai.client.token.usage", "streamed", "gen_ai.token.type", "output").count())
                .isEqualTo(1);
    }

    @Test
    void structuredOutputRepairIsCounted() {
        emulator().enqueue(Reply.json("{\"productName\": 5}"));
        sendOk("repaired", "outputClass=" + Review.class.getName(), "Great headphones");
        assertThat(REGISTRY.find("groq.client.structured_output.repairs").tag("camel.groq.endpoint", "repaired")
                .counter().count()).isEqualTo(1);
    }

    @Test
    void everyMeterOfANameHasTheSameTagKeys() {
        emulator().enqueue(Reply.error(400, "invalid_request_error", "bad", "bad"), Reply.text("ok"));
        send("keys", FAST, "a");
        sendOk("keys", FAST, "b");
        for (String name : new String[] { "gen_ai.client.operation.duration", "groq.client.rate_limit.remaining" }) {
            assertThat(REGISTRY.find(name).meters()).extracting(m -> m.getId().getTags().stream()
                    .map(t -> t.getKey()).sorted().toList()).as(name).hasSizeGreaterThan(1).containsOnly(
                            REGISTRY.find(name).meters().iterator().next().getId().getTags().stream()
                                    .map(t -> t.getKey()).sorted().toList());
        }
    }

    @Test
    void meterRegistryOptionWinsOverTheRegistryLookupAndIsChecked() throws Exception {
        SimpleMeterRegistry chosen = new SimpleMeterRegistry();
        try (org.apache.camel.impl.DefaultCamelContext other = new org.apache.camel.impl.DefaultCamelContext()) {
            other.getRegistry().bind("a", new SimpleMeterRegistry());
            other.getRegistry().bind("b", new SimpleMeterRegistry());
            other.getComponent("groq-responses", GroqResponsesComponent.class).setMeterRegistry(chosen);
            other.start();
            other.createProducerTemplate().requestBody(namedUri("chosen", ""), "Hello");
            assertThat(chosen.find("gen_ai.client.operation.duration").tag("camel.groq.endpoint", "chosen").timer()
                    .count()).isEqualTo(1);

            other.getComponent("groq-responses", GroqResponsesComponent.class).setMeterRegistry("not a registry");
            assertThat(org.junit.jupiter.api.Assertions.assertThrows(Exception.class,
                    () -> other.getEndpoint(namedUri("wrong", "")).start()))
                    .rootCause().isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("Option meterRegistry").hasMessageContaining("MeterRegistry");
        }
    }

    static Exchange send(String name, String options, Object body) {
        return template.send(namedUri(name, options), e -> e.getIn().setBody(body));
    }

    static Exchange sendOk(String name, String options, Object body) {
        Exchange exchange = send(name, options, body);
        assertThat(exchange.getException()).as("exchange exception").isNull();
        return exchange;
    }

    private static DistributionSummary summary(String name, String endpoint, String key, String value) {
        DistributionSummary s = REGISTRY.find(name).tag("camel.groq.endpoint", endpoint).tag(key, value).summary();
        assertThat(s).as(name + " of " + endpoint).isNotNull();
        return s;
    }

    private static Timer timer(String name, String endpoint, String key, String value) {
        var search = REGISTRY.find(name).tag("camel.groq.endpoint", endpoint);
        Timer t = key == null ? search.timer() : search.tag(key, value).timer();
        assertThat(t).as(name + " of " + endpoint + " " + key + "=" + value).isNotNull();
        return t;
    }

    private static Map<String, String> tags(Meter meter) {
        Map<String, String> m = new java.util.HashMap<>();
        meter.getId().getTags().forEach(t -> m.put(t.getKey(), t.getValue()));
        return m;
    }
}
