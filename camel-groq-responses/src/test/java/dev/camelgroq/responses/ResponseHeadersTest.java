package dev.camelgroq.responses;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.camelgroq.responses.test.Reply;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The body and every header of the contract that the answer allows. */
class ResponseHeadersTest extends EmulatorTestSupport {

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
                .isCloseTo(500.0, org.assertj.core.data.Offset.offset(1e-6));
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
        var json = dev.camelgroq.responses.request.Json.MAPPER.readTree(out.getBody(String.class));
        assertThat(json.get("sentiment").asText()).isEqualTo("positive");
        assertThat(json.get("rating").isNumber()).isTrue();
        assertThat(json.get("key_features").isArray()).isTrue();
    }
}
