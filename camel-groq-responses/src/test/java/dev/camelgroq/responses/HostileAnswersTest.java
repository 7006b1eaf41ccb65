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
import java.util.Map;

import dev.camelgroq.responses.test.Reply;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Answers a faulty network or server can give (issue 7): a body that trickles past the deadline, no answer at all,
 * a 200 that reports failure, an answer without output, an oversized answer, broken rate-limit headers, and a request
 * body above the input cap. Each ends the exchange with a clear exception, never an empty body or a hang.
 */
class HostileAnswersTest extends EmulatorTestSupport {

    @Test
    void tricklingAnswerFailsAtTheDeadlineThoughBytesKeepComing() {
        // 24 bytes every 40 ms: never silent for long, but the whole body would take several seconds
        emulator().when(r -> true).thenReply(Reply.text("slow ".repeat(300)).trickle(Duration.ofMillis(40)));
        GroqResponsesException e = send("requestTimeout=400&maxRetries=0", "Hi", Map.of())
                .getException(GroqResponsesException.class);
        assertThat(e).isNotNull();
        assertThat(e.getStatusCode()).isZero();
        assertThat(e.isRetryable()).isTrue();
        assertThat(e.getMessage()).contains("requestTimeout=400", "headers and body");
    }

    @Test
    void tricklingAnswerWithinTheDeadlineSucceeds() {
        emulator().when(r -> true).thenReply(Reply.text("slow but fine").trickle(Duration.ofMillis(5)));
        Exchange exchange = sendOk("requestTimeout=20000&maxRetries=0", "Hi", Map.of());
        assertThat(exchange.getMessage().getBody(String.class)).isEqualTo("slow but fine");
    }

    @Test
    void neverAnsweringServerIsRetriedThenFailsAfterEachDeadline() {
        emulator().when(r -> true).thenReply(Reply.text("never").neverAnswer());
        GroqResponsesException e = send("requestTimeout=200&maxRetries=1&retryInitialDelay=10", "Hi", Map.of())
                .getException(GroqResponsesException.class);
        assertThat(e.getAttempts()).isEqualTo(2);
        assertThat(e.getMessage()).contains("requestTimeout=200");
        assertThat(emulator().requestCount()).isEqualTo(2);
    }

    @Test
    void statusFailedWithAnErrorIsAGroqResponsesException() {
        emulator().when(r -> true).thenReply(Reply.failed("model_overloaded", "The model crashed mid-answer"));
        Exchange exchange = send("maxRetries=0", "Hi", Map.of());
        GroqResponsesException e = exchange.getException(GroqResponsesException.class);
        assertThat(e).isNotNull();
        assertThat(e.getStatusCode()).isEqualTo(200);
        assertThat(e.getErrorCode()).isEqualTo("model_overloaded");
        assertThat(e.getErrorMessage()).contains("The model crashed mid-answer");
        assertThat(e.getMessage()).contains("model_overloaded", "The model crashed mid-answer");
        assertThat(exchange.getMessage().getBody()).isEqualTo("Hi");
    }

    @Test
    void statusFailedWithServerErrorIsRetried() {
        emulator().enqueue(Reply.failed("server_error", "try again"), Reply.text("second time lucky"));
        Exchange exchange = sendOk("maxRetries=1&retryInitialDelay=10", "Hi", Map.of());
        assertThat(exchange.getMessage().getBody(String.class)).isEqualTo("second time lucky");
    }

    @Test
    void answerWithoutAnyOutputIsAFailureNotAnEmptyBody() {
        emulator().when(r -> true).thenReply(Reply.text("").incomplete("max_output_tokens"));
        GroqResponsesException e = send("maxRetries=0", "Hi", Map.of()).getException(GroqResponsesException.class);
        assertThat(e).isNotNull();
        assertThat(e.getErrorType()).isEqualTo("empty_response");
        assertThat(e.getErrorCode()).isEqualTo("max_output_tokens");
        assertThat(e.getMessage()).contains("no output at all", "max_output_tokens");
    }

    @Test
    void oversizedAnswerStopsReadingAtTheCap() {
        emulator().when(r -> true).thenReply(Reply.oversized(2_000_000));
        GroqResponsesException e = send("maxResponseSize=65536&maxRetries=2&retryInitialDelay=10", "Hi", Map.of())
                .getException(GroqResponsesException.class);
        assertThat(e).isNotNull();
        assertThat(e.getErrorType()).isEqualTo("response_too_large");
        assertThat(e.isRetryable()).isFalse();
        assertThat(e.getAttempts()).isEqualTo(1);
        assertThat(e.getMessage()).contains("maxResponseSize=65536");
    }

    @Test
    void answerUnderTheCapIsRead() {
        emulator().when(r -> true).thenReply(Reply.oversized(50_000));
        Exchange exchange = sendOk("maxResponseSize=65536", "Hi", Map.of());
        assertThat(exchange.getMessage().getBody(String.class)).hasSize(50_000);
    }

    @Test
    void declaredLengthOverTheCapIsRefusedBeforeTheBody() {
        // sent with a Content-Length, a piece every 30 s: refused on the declared length, not once 64 KiB arrived
        // (which would take longer than requestTimeout and fail as a timeout)
        emulator().when(r -> true).thenReply(Reply.text("x".repeat(100_000)).trickle(Duration.ofSeconds(30)));
        GroqResponsesException e = send("maxResponseSize=65536&maxRetries=2&retryInitialDelay=10&requestTimeout=3000",
                "Hi", Map.of())
                .getException(GroqResponsesException.class);
        assertThat(e).isNotNull();
        assertThat(e.getErrorType()).isEqualTo("response_too_large");
        assertThat(e.getAttempts()).isEqualTo(1);
        assertThat(e.getMessage()).contains("maxResponseSize=65536");
    }

    @ParameterizedTest(name = "{0} characters with a Content-Length are read whole")
    @ValueSource(ints = {1, 3_000, 60_000, 200_000})
    void answersWithADeclaredLengthAreReadWhole(int chars) {
        // under the first buffer, sized by the length, and larger than any buffer sized by a length alone
        String text = "y".repeat(chars);
        emulator().when(r -> true).thenReply(Reply.text(text));
        Exchange exchange = sendOk("maxResponseSize=1048576", "Hi", Map.of());
        assertThat(exchange.getMessage().getBody(String.class)).isEqualTo(text);
    }

    @Test
    void inputOverTheCapIsRefusedBeforeTheCall() {
        Exchange exchange = send("maxInputSize=1000", "x".repeat(2000), Map.of());
        assertThat(exchange.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxInputSize=1000");
        assertThat(emulator().requestCount()).isZero();
    }

    @Test
    void brokenRateLimitHeadersNeitherFailNorLeakIntoHeaders() {
        emulator().when(r -> true).thenReply(Reply.text("ok")
                .header("x-ratelimit-remaining-requests", "lots")
                .header("x-ratelimit-remaining-tokens", "-5e99")
                .header("x-ratelimit-reset-requests", "soon")
                .header("x-ratelimit-reset-tokens", "1h1h1h")
                .header("x-ratelimit-limit-tokens", "99999999999999999999999"));
        for (int i = 0; i < 3; i++) {
            Exchange exchange = sendOk("maxRetries=0", "Hi " + i, Map.of());
            assertThat(exchange.getMessage().getBody(String.class)).isEqualTo("ok");
            assertThat(exchange.getMessage().getHeader(GroqResponsesConstants.RATE_LIMIT_REMAINING_REQUESTS)).isNull();
            assertThat(exchange.getMessage().getHeader(GroqResponsesConstants.RATE_LIMIT_RESET_REQUESTS)).isNull();
        }
    }
}
