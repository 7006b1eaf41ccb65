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

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.camelgroq.responses.stream.Streaming;
import dev.camelgroq.responses.stream.StreamStats;
import dev.camelgroq.responses.test.Reply;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.camelgroq.responses.test.RequestMatchers.hasInputItem;
import static dev.camelgroq.responses.test.RequestMatchers.lacksInputItem;
import static org.assertj.core.api.Assertions.assertThat;

/** stream / streamTo: deltas to a route in order, the same final exchange as without streaming, every failure. */
class StreamingTest extends EmulatorTestSupport {

    static final List<Exchange> DELTAS = new CopyOnWriteArrayList<>();
    static final String ANSWER = "Groq streams fast: first words in milliseconds. Ünïcödé € and 😀 survive chunking.";

    @BeforeAll
    static void routes() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:deltas").process(e -> DELTAS.add(e.copy()));
                from("direct:slow").delay(1).process(e -> DELTAS.add(e.copy()));
                from("direct:slower").delay(300).process(e -> DELTAS.add(e.copy()));
                from("direct:broken").process(e -> DELTAS.add(e.copy()))
                        .throwException(new IllegalStateException("websocket closed"));
                from("direct:weather").setBody(constant("{\"celsius\":21}"));
            }
        });
    }

    @BeforeEach
    void clear() {
        DELTAS.clear();
    }

    @Test
    void deltasReachStreamToInOrderAndJoinToTheFinalBody() {
        emulator().enqueue(Reply.text(ANSWER).streamChunk(5));
        Exchange exchange = sendOk("streamTo=direct:deltas", "Hi", Map.of());

        String body = exchange.getMessage().getBody(String.class);
        assertThat(body).isEqualTo(ANSWER);
        assertThat(DELTAS).hasSizeGreaterThan(10);
        StringBuilder joined = new StringBuilder();
        long previous = -1;
        for (Exchange delta : DELTAS) {
            joined.append(delta.getIn().getBody(String.class));
            long sequence = delta.getIn().getHeader(GroqResponsesConstants.STREAM_SEQUENCE, Long.class);
            assertThat(sequence).isGreaterThan(previous);
            previous = sequence;
            assertThat(delta.getIn().getHeader(GroqResponsesConstants.STREAM_ITEM_ID, String.class)).startsWith("msg_");
            assertThat(delta.getProperty(Exchange.CORRELATION_ID)).isEqualTo(exchange.getExchangeId());
        }
        assertThat(joined.toString()).isEqualTo(body);
        assertThat(exchange.getMessage().getHeader(GroqResponsesConstants.TIME_TO_FIRST_TOKEN)).isInstanceOf(Long.class);
        assertThat(lastJson().path("stream").asBoolean()).isTrue();
        assertThat(emulator().lastRequest().header("Accept")).isEqualTo("text/event-stream");
    }

    @Test
    void theFinalHeadersEqualThoseOfTheSameAnswerWithoutStreaming() {
        Reply reply = Reply.text(ANSWER).withReasoning("Say it briefly.").usage(40, 25, 8);
        emulator().enqueue(reply, reply);
        Exchange plain = sendOk("", "Hi", Map.of());
        Exchange streamed = sendOk("stream=true", "Hi", Map.of());

        assertThat(plain.getMessage().getHeader(GroqResponsesConstants.TIME_TO_FIRST_TOKEN)).isNull();
        assertThat(streamed.getMessage().getHeader(GroqResponsesConstants.TIME_TO_FIRST_TOKEN)).isNotNull();
        assertThat(streamed.getMessage().getBody()).isEqualTo(plain.getMessage().getBody());
        assertThat(comparable(streamed)).isEqualTo(comparable(plain));
        assertThat(withoutIds(streamed.getMessage().getHeader(GroqResponsesConstants.OUTPUT)))
                .isEqualTo(withoutIds(plain.getMessage().getHeader(GroqResponsesConstants.OUTPUT)));
    }

    @Test
    void theHeaderTurnsStreamingOnAndOffPerExchange() {
        emulator().enqueue(Reply.text(ANSWER), Reply.text(ANSWER));
        sendOk("", "Hi", Map.of(GroqResponsesConstants.STREAM, "true"));
        assertThat(lastJson().path("stream").asBoolean()).isTrue();
        Exchange off = sendOk("streamTo=direct:deltas", "Hi", Map.of(GroqResponsesConstants.STREAM, false));
        assertThat(lastJson().has("stream")).isFalse();
        assertThat(DELTAS).isEmpty();
        assertThat(off.getMessage().getBody(String.class)).isEqualTo(ANSWER);
    }

    @ParameterizedTest
    @ValueSource(strings = { "dataOnly", "crlf", "keepAlives", "trickle", "eventDelay" })
    void everyWireFormatGivesTheSameAnswer(String format) {
        Reply reply = Reply.text(ANSWER).streamChunk(3);
        switch (format) {
            case "dataOnly" -> reply.dataOnly();
            case "crlf" -> reply.crlf();
            case "keepAlives" -> reply.keepAlives().crlf().dataOnly();
            case "trickle" -> reply.trickle(Duration.ofMillis(1));
            default -> reply.eventDelay(Duration.ofMillis(1));
        }
        emulator().enqueue(reply);
        Exchange exchange = sendOk("streamTo=direct:deltas", "Hi", Map.of());
        assertThat(exchange.getMessage().getBody(String.class)).isEqualTo(ANSWER);
        assertThat(DELTAS.stream().map(d -> d.getIn().getBody(String.class)).reduce("", String::concat))
                .isEqualTo(ANSWER);
    }

    @Test
    void anErrorEventAfterForwardedDeltasFailsWithoutRetryAndSaysSo() {
        emulator().enqueue(Reply.text(ANSWER).streamChunk(4).streamErrorAfter(3, "server_error", "model crashed"),
                Reply.text(ANSWER));
        Exchange exchange = send("streamTo=direct:deltas&maxRetries=2&retryInitialDelay=1", "Hi", Map.of());

        GroqResponsesException e = exchange.getException(GroqResponsesException.class);
        assertThat(e).isNotNull();
        assertThat(e.getErrorCode()).isEqualTo("server_error");
        assertThat(e.getErrorType()).isEqualTo("stream_error");
        assertThat(e.getErrorMessage()).contains("model crashed").contains("3 delta(s) had already been forwarded")
                .contains("not retried");
        assertThat(e.isRetryable()).isFalse();
        assertThat(e.getAttempts()).isEqualTo(1);
        assertThat(emulator().requestCount()).isEqualTo(1);
        assertThat(DELTAS).hasSize(3);
    }

    @Test
    void anErrorEventBeforeTheFirstDeltaIsRetried() {
        emulator().enqueue(Reply.text(ANSWER).streamErrorAfter(0, "server_error", "overloaded"), Reply.text(ANSWER));
        Exchange exchange = sendOk("streamTo=direct:deltas&maxRetries=1&retryInitialDelay=1", "Hi", Map.of());
        assertThat(exchange.getMessage().getBody(String.class)).isEqualTo(ANSWER);
        assertThat(exchange.getMessage().getHeader(GroqResponsesConstants.RETRIES)).isEqualTo(1);
        assertThat(emulator().requestCount()).isEqualTo(2);
    }

    @Test
    void aRateLimitedStreamedCallIsRetriedLikeAnyOther() {
        emulator().enqueue(Reply.error(429, "tokens", "rate_limit_exceeded", "Rate limit reached"), Reply.text(ANSWER));
        Exchange exchange = sendOk("streamTo=direct:deltas&maxRetries=1&retryInitialDelay=1&rateLimiter=off", "Hi",
                Map.of());
        assertThat(exchange.getMessage().getBody(String.class)).isEqualTo(ANSWER);
        assertThat(exchange.getMessage().getHeader(GroqResponsesConstants.RETRIES)).isEqualTo(1);
        assertThat(emulator().answeredWith(429)).isEqualTo(1);
    }

    @Test
    void responseFailedEndsTheExchangeWithItsCode() {
        emulator().enqueue(Reply.text(ANSWER).streamFailed("server_error", "generation failed"));
        Exchange exchange = send("stream=true&maxRetries=0", "Hi", Map.of());
        GroqResponsesException e = exchange.getException(GroqResponsesException.class);
        assertThat(e.getErrorCode()).isEqualTo("server_error");
        assertThat(e.getMessage()).contains("response.failed: generation failed");
        assertThat(exchange.getMessage().getHeader(GroqResponsesConstants.STATUS)).isEqualTo("failed");
    }

    @Test
    void responseIncompleteEndsTheExchangeWithStatusAndReasonHeaders() {
        emulator().enqueue(Reply.text(ANSWER).incomplete("max_output_tokens"));
        Exchange exchange = send("stream=true", "Hi", Map.of());
        GroqResponsesException e = exchange.getException(GroqResponsesException.class);
        assertThat(e.getErrorCode()).isEqualTo("max_output_tokens");
        assertThat(e.getMessage()).contains("incomplete");
        assertThat(exchange.getMessage().getHeader(GroqResponsesConstants.STATUS)).isEqualTo("incomplete");
        assertThat(exchange.getMessage().getHeader(GroqResponsesConstants.INCOMPLETE_REASON))
                .isEqualTo("max_output_tokens");
        assertThat(emulator().requestCount()).isEqualTo(1);
    }

    @Test
    void aStreamCutBeforeCompletionFails() {
        emulator().enqueue(Reply.text(ANSWER).streamChunk(4).cutAfterEvents(8));
        Exchange exchange = send("streamTo=direct:deltas&maxRetries=0", "Hi", Map.of());
        GroqResponsesException e = exchange.getException(GroqResponsesException.class);
        assertThat(e.getErrorCode()).isEqualTo("stream_cut");
        assertThat(e.getErrorMessage()).contains("before response.completed").contains("partial text");
        assertThat(DELTAS).isNotEmpty();
    }

    @Test
    void noEventWithinRequestTimeoutFails() {
        emulator().enqueue(Reply.text(ANSWER).eventDelay(Duration.ofSeconds(3)));
        Exchange exchange = send("stream=true&requestTimeout=300&maxRetries=0", "Hi", Map.of());
        GroqResponsesException e = exchange.getException(GroqResponsesException.class);
        assertThat(e).isNotNull();
        assertThat(e.getErrorMessage()).contains("requestTimeout=300");
    }

    @Test
    void aReadPausedByASlowRouteLongerThanRequestTimeoutIsNoTimeout() {
        // 16,000-character deltas: a few fill the queue, which drains to half only after several 300 ms deliveries,
        // so the read pauses for about a second (four times requestTimeout) while the server could answer at once
        String longAnswer = "x".repeat(8 * 16_000);
        emulator().enqueue(Reply.text(longAnswer).streamChunk(16_000));
        String options = "streamTo=direct:slower&requestTimeout=250&maxRetries=0";
        Exchange exchange = sendOk(options, "Tell me everything", Map.of());

        assertThat(exchange.getMessage().getBody(String.class)).isEqualTo(longAnswer);
        assertThat(DELTAS).hasSize(8);
        StreamStats stats = context.getEndpoint(uri(options), GroqResponsesEndpoint.class).getStreaming().stats();
        assertThat(stats.readPauses()).as("the HTTP read paused for the slow route").isPositive();
    }

    @Test
    void aFailingStreamToEndpointEndsTheCall() {
        emulator().enqueue(Reply.text(ANSWER).streamChunk(4));
        Exchange exchange = send("streamTo=direct:broken", "Hi", Map.of());
        GroqResponsesException e = exchange.getException(GroqResponsesException.class);
        assertThat(e.getErrorCode()).isEqualTo("stream_to_failed");
        assertThat(e.getMessage()).contains("direct:broken").contains("websocket closed");
        assertThat(DELTAS).hasSize(1);
    }

    @Test
    void aSlowStreamToKeepsTheBufferBoundedWhileTheHttpReadWaits() {
        String longAnswer = "All work and no play makes a long answer. ".repeat(25_000);
        emulator().enqueue(Reply.text(longAnswer).streamChunk(1000));
        String options = "streamTo=direct:slow";
        Exchange exchange = sendOk(options, "Tell me everything", Map.of());

        assertThat(exchange.getMessage().getBody(String.class)).isEqualTo(longAnswer);
        assertThat(DELTAS.stream().map(d -> d.getIn().getBody(String.class)).reduce("", String::concat))
                .isEqualTo(longAnswer);
        StreamStats stats = context.getEndpoint(uri(options), GroqResponsesEndpoint.class).getStreaming().stats();
        // deltas up to the limit (plus what the client's read buffers held), and the final event, which carries the
        // whole response once more and counts like any other event (issue 15)
        int finalEvent = longAnswer.length() + 8 * 1024;
        int bound = Streaming.QUEUE_LIMIT_CHARS + 2 * 64 * 1024 + finalEvent;
        assertThat(stats.peakQueuedChars()).isPositive().isLessThanOrEqualTo(bound);
        assertThat(DELTAS).hasSizeGreaterThan(1000);
        assertThat(stats.peakQueuedEvents()).as("most deltas were never queued at once").isLessThan(DELTAS.size() / 4);
        assertThat(stats.readPauses()).as("the HTTP read paused for the slow route").isPositive();
    }

    @Test
    void withToolsTheFinalAnswerIsStreamedAndToolRoundsRunAsUsual() {
        emulator().when(lacksInputItem("function_call_output"))
                .thenReply(Reply.functionCall("get_weather", "{\"city\":\"Paris\"}"));
        emulator().when(hasInputItem("function_call_output")).thenReply(Reply.text("21 degrees in Paris."));
        Exchange exchange = sendOk("streamTo=direct:deltas&tool.get_weather.endpoint=direct:weather", "Weather?",
                Map.of());
        assertThat(exchange.getMessage().getBody(String.class)).isEqualTo("21 degrees in Paris.");
        assertThat(exchange.getMessage().getHeader(GroqResponsesConstants.TOOL_ITERATIONS)).isEqualTo(1);
        assertThat(DELTAS.stream().map(d -> d.getIn().getBody(String.class)).reduce("", String::concat))
                .isEqualTo("21 degrees in Paris.");
        assertThat(emulator().requests()).allMatch(r -> r.json().path("stream").asBoolean());
    }

    @Test
    void structuredOutputIsValidatedWhenComplete() {
        emulator().enqueue(Reply.json("{\"answer\":\"yes\"}").streamChunk(3));
        String schema = "jsonSchema=RAW({\"type\":\"object\",\"properties\":{\"answer\":{\"type\":\"string\"}},"
                        + "\"required\":[\"answer\"]})&outputType=map";
        Exchange exchange = sendOk("streamTo=direct:deltas&" + schema, "Yes?", Map.of());
        assertThat(exchange.getMessage().getBody()).isEqualTo(Map.of("answer", "yes"));
        assertThat(DELTAS.stream().map(d -> d.getIn().getBody(String.class)).reduce("", String::concat))
                .isEqualTo("{\"answer\":\"yes\"}");
    }

    private static Map<String, Object> comparable(Exchange exchange) {
        Map<String, Object> headers = new TreeMap<>(exchange.getMessage().getHeaders());
        headers.remove(GroqResponsesConstants.RESPONSE_ID);
        headers.remove(GroqResponsesConstants.REQUEST_ID);
        headers.remove(GroqResponsesConstants.OUTPUT);
        headers.remove(GroqResponsesConstants.TIME_TO_FIRST_TOKEN);
        // milliseconds spent in the rate-limit governor: 0 or 1 depending on the machine's load
        headers.remove(GroqResponsesConstants.RATE_LIMIT_WAIT);
        // the emulator's rate-limit windows move between the two calls
        headers.keySet().removeIf(k -> k.startsWith("CamelGroqResponsesRateLimitRemaining")
                                       || k.startsWith("CamelGroqResponsesRateLimitReset"));
        return headers;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> withoutIds(Object output) {
        List<Map<String, Object>> copy = new ArrayList<>();
        for (Map<String, Object> item : (List<Map<String, Object>>) output) {
            Map<String, Object> m = new TreeMap<>(item);
            m.remove("id");
            copy.add(m);
        }
        return copy;
    }
}
