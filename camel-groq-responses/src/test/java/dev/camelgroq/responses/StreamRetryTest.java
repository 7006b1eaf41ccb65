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
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

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

/**
 * A streamed call is retried only while no delta has reached {@code streamTo}: the route then sees exactly one
 * attempt's deltas, in order, each sequence number once and without gaps, never a mix of a failed attempt and its
 * retry. The delta route is slow on purpose, so that deltas queue up behind it while the failure arrives.
 */
class StreamRetryTest extends EmulatorTestSupport {

    static final List<Exchange> DELTAS = new CopyOnWriteArrayList<>();
    static final String FIRST = "The failed attempt wrote this, and none of it may reach the route.";
    static final String SECOND = "The retry wrote this: the only text the route may see.";
    static final String OPTIONS = "streamTo=direct:sequenced&maxRetries=2&retryInitialDelay=1&rateLimiter=off";
    /** response.created, response.in_progress, output_item.added and content_part.added come before the deltas. */
    static final int EVENTS_BEFORE_DELTAS = 4;

    @BeforeAll
    static void routes() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:sequenced").delay(2).process(e -> DELTAS.add(e.copy()));
                from("direct:weather").setBody(constant("{\"celsius\":21}"));
            }
        });
    }

    @BeforeEach
    void clear() {
        DELTAS.clear();
    }

    @ParameterizedTest
    @ValueSource(strings = { "cut", "errorEvent", "status503" })
    void aFailureBeforeTheFirstDeltaIsRetriedAndOnlyTheRetrysDeltasReachTheRoute(String failure) {
        Reply first = switch (failure) {
            case "cut" -> Reply.text(FIRST).streamChunk(3).cutAfterEvents(EVENTS_BEFORE_DELTAS);
            case "errorEvent" -> Reply.text(FIRST).streamChunk(3).streamErrorAfter(0, "server_error", "overloaded");
            default -> Reply.error(503, "server_error", "service_unavailable", "Service unavailable");
        };
        emulator().enqueue(first, Reply.text(SECOND).streamChunk(3));
        Exchange exchange = sendOk(OPTIONS, "Hi", Map.of());

        assertThat(exchange.getMessage().getBody(String.class)).isEqualTo(SECOND);
        assertThat(exchange.getMessage().getHeader(GroqResponsesConstants.RETRIES)).isEqualTo(1);
        assertThat(emulator().requestCount()).isEqualTo(2);
        assertOneAttempt(SECOND);
    }

    @ParameterizedTest
    @ValueSource(strings = { "cut", "errorEvent" })
    void aFailureAfterForwardedDeltasDeliversTheQueuedOnesThenFailsWithoutRetry(String failure) {
        int deltas = 12;
        Reply first = Reply.text(FIRST).streamChunk(3);
        if ("cut".equals(failure)) {
            first.cutAfterEvents(EVENTS_BEFORE_DELTAS + deltas);
        } else {
            first.streamErrorAfter(deltas, "server_error", "model crashed");
        }
        emulator().enqueue(first, Reply.text(SECOND).streamChunk(3));
        Exchange exchange = send(OPTIONS, "Hi", Map.of());

        GroqResponsesException e = exchange.getException(GroqResponsesException.class);
        assertThat(e).isNotNull();
        assertThat(e.isRetryable()).isFalse();
        assertThat(e.getAttempts()).isEqualTo(1);
        assertThat(e.getErrorMessage()).contains(deltas + " delta(s) had already been forwarded to direct:sequenced")
                .contains("not retried");
        assertThat(emulator().requestCount()).isEqualTo(1);
        assertOneAttempt(FIRST.substring(0, 3 * deltas));
    }

    @Test
    void aLaterModelCallOfAToolLoopIsRetriedThoughAnEarlierOneForwardedText() {
        // the first model call streams some text before its function call; the second is cut before its first delta
        emulator().when(lacksInputItem("function_call_output"))
                .thenReply(Reply.text("Let me look. ").streamChunk(4).andFunctionCall("get_weather", "{}"));
        emulator().when(hasInputItem("function_call_output")).times(1)
                .thenReply(Reply.text("21 degrees.").cutAfterEvents(EVENTS_BEFORE_DELTAS));
        emulator().when(hasInputItem("function_call_output")).thenReply(Reply.text("21 degrees.").streamChunk(4));
        Exchange exchange = sendOk(OPTIONS + "&tool.get_weather.endpoint=direct:weather", "Weather?", Map.of());

        assertThat(exchange.getMessage().getBody(String.class)).isEqualTo("21 degrees.");
        assertThat(emulator().requestCount()).isEqualTo(3);
        assertThat(DELTAS.stream().map(d -> d.getIn().getBody(String.class)).reduce("", String::concat))
                .isEqualTo("Let me look. 21 degrees.");
    }

    @Test
    void theTimeToFirstTokenIsTheRetrysNotThatOfTheDiscardedAttempt() {
        // without streamTo nothing is forwarded, so an attempt cut after some deltas is retried and its deltas dropped
        long retryDelay = 1500;
        emulator().enqueue(Reply.text(FIRST).streamChunk(3).cutAfterEvents(EVENTS_BEFORE_DELTAS + 5),
                Reply.text(SECOND).delayed(Duration.ofMillis(retryDelay)));
        Exchange exchange = sendOk("stream=true&maxRetries=1&retryInitialDelay=1&rateLimiter=off", "Hi", Map.of());

        assertThat(exchange.getMessage().getBody(String.class)).isEqualTo(SECOND);
        assertThat(exchange.getMessage().getHeader(GroqResponsesConstants.RETRIES)).isEqualTo(1);
        // a lower bound the emulator enforces (the retry's first byte comes after retryDelay), not a speed measurement
        assertThat(exchange.getMessage().getHeader(GroqResponsesConstants.TIME_TO_FIRST_TOKEN, Long.class))
                .isGreaterThanOrEqualTo(retryDelay);
    }

    /** The route saw {@code text} exactly: one attempt's deltas, sequence numbers consecutive, none repeated. */
    private static void assertOneAttempt(String text) {
        StringBuilder joined = new StringBuilder();
        Long first = null;
        for (int i = 0; i < DELTAS.size(); i++) {
            Exchange delta = DELTAS.get(i);
            joined.append(delta.getIn().getBody(String.class));
            long sequence = delta.getIn().getHeader(GroqResponsesConstants.STREAM_SEQUENCE, Long.class);
            first = first == null ? sequence : first;
            assertThat(sequence).as("sequence of delta %d", i).isEqualTo(first + i);
        }
        assertThat(first).as("sequence of the first delta").isEqualTo((long) EVENTS_BEFORE_DELTAS);
        assertThat(joined.toString()).isEqualTo(text);
        assertThat(DELTAS).extracting(d -> d.getIn().getHeader(GroqResponsesConstants.STREAM_ITEM_ID)).containsOnly(
                DELTAS.get(0).getIn().getHeader(GroqResponsesConstants.STREAM_ITEM_ID));
    }
}
