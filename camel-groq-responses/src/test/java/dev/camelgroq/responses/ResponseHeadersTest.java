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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelgroq.responses.request.Json;
import dev.camelgroq.responses.test.Reply;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

/** The body and every header of the contract that the answer allows. */
class ResponseHeadersTest extends EmulatorTestSupport {

    /** Every header a plain call with a text answer (reasoning included) leaves on the exchange, and its type. */
    private static final Map<String, Class<?>> PLAIN_CALL_HEADERS = Map.ofEntries(
            Map.entry(GroqResponsesConstants.OUTPUT_TEXT, String.class),
            Map.entry(GroqResponsesConstants.OUTPUT, List.class),
            Map.entry(GroqResponsesConstants.RESPONSE_ID, String.class),
            Map.entry(GroqResponsesConstants.RESPONSE_MODEL, String.class),
            Map.entry(GroqResponsesConstants.STATUS, String.class),
            Map.entry(GroqResponsesConstants.INPUT_TOKENS, Long.class),
            Map.entry(GroqResponsesConstants.OUTPUT_TOKENS, Long.class),
            Map.entry(GroqResponsesConstants.TOTAL_TOKENS, Long.class),
            Map.entry(GroqResponsesConstants.CACHED_TOKENS, Long.class),
            Map.entry(GroqResponsesConstants.REASONING_TOKENS, Long.class),
            Map.entry(GroqResponsesConstants.QUEUE_TIME, Double.class),
            Map.entry(GroqResponsesConstants.PROMPT_TIME, Double.class),
            Map.entry(GroqResponsesConstants.COMPLETION_TIME, Double.class),
            Map.entry(GroqResponsesConstants.TOTAL_TIME, Double.class),
            Map.entry(GroqResponsesConstants.OUTPUT_TOKENS_PER_SECOND, Double.class),
            Map.entry(GroqResponsesConstants.REASONING, String.class),
            Map.entry(GroqResponsesConstants.FUNCTION_CALLS, List.class),
            Map.entry(GroqResponsesConstants.REQUEST_ID, String.class),
            Map.entry(GroqResponsesConstants.RATE_LIMIT_REMAINING_REQUESTS, Long.class),
            Map.entry(GroqResponsesConstants.RATE_LIMIT_REMAINING_TOKENS, Long.class),
            Map.entry(GroqResponsesConstants.RATE_LIMIT_RESET_REQUESTS, Long.class),
            Map.entry(GroqResponsesConstants.RATE_LIMIT_RESET_TOKENS, Long.class),
            Map.entry(GroqResponsesConstants.RETRIES, Integer.class),
            Map.entry(GroqResponsesConstants.RATE_LIMIT_WAIT, Long.class),
            Map.entry(GroqResponsesConstants.MODEL_CALLS, Integer.class),
            Map.entry(GroqResponsesConstants.TOOL_ITERATIONS, Integer.class),
            Map.entry(GroqResponsesConstants.TOOL_CALLS, List.class),
            Map.entry(GroqResponsesConstants.REPAIRS, Integer.class),
            Map.entry(GroqResponsesConstants.LOOP_INPUT_TOKENS, Long.class),
            Map.entry(GroqResponsesConstants.LOOP_OUTPUT_TOKENS, Long.class),
            Map.entry(GroqResponsesConstants.LOOP_TOTAL_TOKENS, Long.class));

    /**
     * The main sources that may call {@code setHeader}: {@code OutboundHeaders} for every header the component hands
     * on (the exchange's answer and totals, streamed end states, deltas to streamTo); the tool runner and MCP approver
     * for the exchanges they send to tool endpoints; the aggregation strategies for the exchanges they build.
     */
    private static final Set<String> HEADER_WRITERS = Set.of("response/OutboundHeaders.java", "response/HeaderBatch.java",
            "tools/ToolRunner.java", "tools/McpApprover.java", "etl/GroqEnrichAggregationStrategy.java",
            "etl/GroqUsageAggregationStrategy.java");

    @Test
    void aPlainCallSetsExactlyTheContractsHeaders() {
        emulator().enqueue(Reply.text("The moon is drifting away.").withReasoning("Keep it short.").usage(40, 25, 8));
        Message out = sendOk("", "Fun fact?", Map.of()).getMessage();
        assertThat(headerTypes(out)).isEqualTo(new TreeMap<>(PLAIN_CALL_HEADERS));
    }

    @Test
    void aStreamedCallSetsTheSameHeadersAndTheTimeToFirstToken() {
        emulator().enqueue(Reply.text("The moon is drifting away.").withReasoning("Keep it short.").usage(40, 25, 8)
                .streamChunk(4));
        Message out = sendOk("stream=true", "Fun fact?", Map.of()).getMessage();
        Map<String, Class<?>> expected = new TreeMap<>(PLAIN_CALL_HEADERS);
        expected.put(GroqResponsesConstants.TIME_TO_FIRST_TOKEN, Long.class);
        assertThat(headerTypes(out)).isEqualTo(expected);
    }

    @Test
    void functionCallsLeftToTheRouteAddTheConversation() {
        emulator().enqueue(Reply.functionCall("get_weather", "{\"city\":\"Paris\"}").withReasoning("Look it up."));
        Message out = sendOk("", "Weather in Paris?", Map.of()).getMessage();
        Map<String, Class<?>> expected = new TreeMap<>(PLAIN_CALL_HEADERS);
        expected.put(GroqResponsesConstants.CONVERSATION, List.class);
        assertThat(headerTypes(out)).isEqualTo(expected);
    }

    @Test
    void onlyOutboundHeadersWritesTheComponentsHeaders() throws IOException {
        Path sources = Path.of("src/main/java/dev/camelgroq/responses");
        Set<String> writers = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            files.filter(f -> f.toString().endsWith(".java") && read(f).contains(".setHeader("))
                    .forEach(f -> writers.add(sources.relativize(f).toString().replace('\\', '/')));
        }
        assertThat(writers).as("classes that call setHeader").isEqualTo(new TreeSet<>(HEADER_WRITERS));
    }

    @Test
    void textAnswerSetsBodyAndHeaders() {
        emulator().enqueue(Reply.text("The moon is drifting away.").usage(80, 20, 16));
        Message out = sendOk("", "Fun fact?", Map.of()).getMessage();
        assertThat(out.getBody(String.class)).isEqualTo("The moon is drifting away.");
        assertThat(out.getHeader(GroqResponsesConstants.OUTPUT_TEXT)).isEqualTo("The moon is drifting away.");
        assertThat(out.getHeader(GroqResponsesConstants.RESPONSE_ID, String.class)).startsWith("resp_");
        assertThat(out.getHeader(GroqResponsesConstants.RESPONSE_MODEL)).isEqualTo("openai/gpt-oss-20b");
        assertThat(out.getHeader(GroqResponsesConstants.STATUS)).isEqualTo("completed");
        assertThat(out.getHeader(GroqResponsesConstants.INPUT_TOKENS)).isEqualTo(80L);
        assertThat(out.getHeader(GroqResponsesConstants.OUTPUT_TOKENS)).isEqualTo(20L);
        assertThat(out.getHeader(GroqResponsesConstants.TOTAL_TOKENS)).isEqualTo(100L);
        assertThat(out.getHeader(GroqResponsesConstants.CACHED_TOKENS)).isEqualTo(16L);
        assertThat(out.getHeader(GroqResponsesConstants.REASONING_TOKENS)).isEqualTo(0L);
        assertThat(out.getHeader(GroqResponsesConstants.REQUEST_ID, String.class)).startsWith("req_");
        assertThat(out.getHeader(GroqResponsesConstants.FUNCTION_CALLS, List.class)).isEmpty();
        assertThat(out.getHeader(GroqResponsesConstants.REASONING)).isNull();
        assertThat(out.getHeader(GroqResponsesConstants.INCOMPLETE_REASON)).isNull();
        List<?> output = out.getHeader(GroqResponsesConstants.OUTPUT, List.class);
        assertThat(output).hasSize(1);
        assertThat(((Map<?, ?>) output.get(0)).get("type")).isEqualTo("message");
    }

    @Test
    void inferenceMetricsBecomeTimingHeaders() {
        emulator().enqueue(Reply.text("ok").usage(10, 50, 0));
        Message out = sendOk("", "Hi", Map.of()).getMessage();
        Double completion = out.getHeader(GroqResponsesConstants.COMPLETION_TIME, Double.class);
        assertThat(completion).isEqualTo(0.1);
        assertThat(out.getHeader(GroqResponsesConstants.QUEUE_TIME, Double.class)).isEqualTo(0.012);
        assertThat(out.getHeader(GroqResponsesConstants.PROMPT_TIME, Double.class)).isEqualTo(10 / 20_000.0);
        assertThat(out.getHeader(GroqResponsesConstants.TOTAL_TIME, Double.class)).isGreaterThan(completion);
        assertThat(out.getHeader(GroqResponsesConstants.OUTPUT_TOKENS_PER_SECOND, Double.class))
                .isCloseTo(500.0, offset(1e-6));
    }

    @Test
    void withoutInferenceMetricsThereAreNoTimingHeaders() {
        Message out = sendOk("inferenceMetrics=false", "Hi", Map.of()).getMessage();
        assertThat(out.getHeader(GroqResponsesConstants.COMPLETION_TIME)).isNull();
        assertThat(out.getHeader(GroqResponsesConstants.OUTPUT_TOKENS_PER_SECOND)).isNull();
    }

    @Test
    void reasoningFunctionCallsAndUnknownItemsAreExposed() {
        emulator().enqueue(Reply.functionCall("get_weather", "{\"city\":\"Paris\"}")
                .andFunctionCall("get_time", "{\"tz\":\"CET\"}")
                .withReasoning("Need the weather and the time.")
                .withItem(Map.of("type", "browser_search_call", "id", "bs_1", "status", "completed")));
        Message out = sendOk("", "Weather and time in Paris?", Map.of()).getMessage();
        assertThat(out.getHeader(GroqResponsesConstants.REASONING)).isEqualTo("Need the weather and the time.");
        assertThat(out.getHeader(GroqResponsesConstants.REASONING_TOKENS, Long.class)).isPositive();
        List<Map<String, Object>> calls = out.getHeader(GroqResponsesConstants.FUNCTION_CALLS, List.class);
        assertThat(calls).extracting(c -> c.get("name")).containsExactly("get_weather", "get_time");
        assertThat(calls.get(0).get("call_id").toString()).startsWith("call_");
        assertThat(calls.get(0).get("arguments")).isEqualTo("{\"city\":\"Paris\"}");
        List<Map<String, Object>> output = out.getHeader(GroqResponsesConstants.OUTPUT, List.class);
        assertThat(output).extracting(i -> i.get("type"))
                .containsExactly("reasoning", "browser_search_call", "function_call", "function_call");
        assertThat(out.getHeader(GroqResponsesConstants.OUTPUT_TEXT)).isEqualTo("");
        assertThat(out.getBody(List.class)).as("no tool endpoints: the calls are the body").isEqualTo(calls);
    }

    @Test
    void incompleteAnswerSaysWhy() {
        emulator().enqueue(Reply.text("The moon is").incomplete("max_output_tokens"));
        Message out = sendOk("maxOutputTokens=3", "Fun fact?", Map.of()).getMessage();
        assertThat(out.getHeader(GroqResponsesConstants.STATUS)).isEqualTo("incomplete");
        assertThat(out.getHeader(GroqResponsesConstants.INCOMPLETE_REASON)).isEqualTo("max_output_tokens");
        assertThat(out.getBody(String.class)).isEqualTo("The moon is");
    }

    @Test
    void rateLimitStateIsParsedToMillis() {
        emulator().enqueue(Reply.text("ok")
                .header("x-ratelimit-remaining-requests", "14370")
                .header("x-ratelimit-remaining-tokens", "5934")
                .header("x-ratelimit-reset-requests", "2m59.56s")
                .header("x-ratelimit-reset-tokens", "7.66s"));
        Message out = sendOk("", "Hi", Map.of()).getMessage();
        assertThat(out.getHeader(GroqResponsesConstants.RATE_LIMIT_REMAINING_REQUESTS)).isEqualTo(14370L);
        assertThat(out.getHeader(GroqResponsesConstants.RATE_LIMIT_REMAINING_TOKENS)).isEqualTo(5934L);
        assertThat(out.getHeader(GroqResponsesConstants.RATE_LIMIT_RESET_REQUESTS)).isEqualTo(179_560L);
        assertThat(out.getHeader(GroqResponsesConstants.RATE_LIMIT_RESET_TOKENS)).isEqualTo(7_660L);
    }

    @Test
    void emulatorLimitsAreReflectedInTheHeaders() {
        emulator().rateLimits(30, Duration.ofMinutes(1), 6000, Duration.ofMinutes(1));
        Exchange first = sendOk("", "Hi", Map.of());
        Exchange second = sendOk("", "Hi", Map.of());
        // x-ratelimit-*-requests are per day (the emulator's day: 1,440 of its minutes)
        assertThat(first.getMessage().getHeader(GroqResponsesConstants.RATE_LIMIT_REMAINING_REQUESTS)).isEqualTo(43_199L);
        assertThat(second.getMessage().getHeader(GroqResponsesConstants.RATE_LIMIT_REMAINING_REQUESTS)).isEqualTo(43_198L);
        assertThat(second.getMessage().getHeader(GroqResponsesConstants.RATE_LIMIT_REMAINING_TOKENS, Long.class))
                .isLessThan(first.getMessage().getHeader(GroqResponsesConstants.RATE_LIMIT_REMAINING_TOKENS, Long.class));
        assertThat(second.getMessage().getHeader(GroqResponsesConstants.RATE_LIMIT_RESET_TOKENS, Long.class))
                .isBetween(1L, 60_000L);
    }

    @Test
    void jsonSchemaRequestGetsConformingJson() throws Exception {
        Message out = sendOk("jsonSchema=classpath:schemas/review.json", "Great headphones, 4.5 stars", Map.of())
                .getMessage();
        JsonNode json = Json.MAPPER.readTree(out.getBody(String.class));
        assertThat(json.get("sentiment").asText()).isEqualTo("positive");
        assertThat(json.get("rating").isNumber()).isTrue();
        assertThat(json.get("key_features").isArray()).isTrue();
    }

    /** The message's headers by name, each with its value's type (any List as {@code List}). */
    private static Map<String, Class<?>> headerTypes(Message message) {
        Map<String, Class<?>> types = new TreeMap<>();
        message.getHeaders().forEach((name, value) -> types.put(name,
                value instanceof List ? List.class : value == null ? Void.class : value.getClass()));
        return types;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
