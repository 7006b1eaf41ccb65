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
import java.util.stream.Stream;

import dev.camelgroq.responses.test.Reply;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Each fault gives its documented outcome: retried to success, or a typed exception with status and attempts. */
class FaultMatrixTest extends EmulatorTestSupport {

    private static final String FAST = "retryInitialDelay=10&requestTimeout=2000";

    static Stream<Arguments> transientFaults() {
        return Stream.of(
                arguments("429 retry-after-ms", Reply.error(429, "tokens", "rate_limit_exceeded", "slow down")
                        .header("retry-after-ms", "50")),
                arguments("498 flex capacity", Reply.error(498, "flex_tier_capacity_exceeded", "capacity_exceeded",
                        "flex capacity exceeded")),
                arguments("500", Reply.error(500, "internal_server_error", null, "oops")),
                arguments("502 html", Reply.raw(502, "text/html", "<h1>Bad Gateway</h1>")),
                arguments("503", Reply.error(503, "service_unavailable", null, "overloaded")),
                arguments("connection closed mid-body", Reply.text("partial answer").closeMidBody()),
                arguments("malformed JSON", Reply.text("cut short").malformedJson()),
                arguments("read timeout", Reply.text("too late").delayed(Duration.ofMillis(2500))));
    }

    @ParameterizedTest(name = "{0} once, then success")
    @MethodSource("transientFaults")
    void transientFaultIsRetriedToSuccess(String name, Reply fault) {
        emulator().enqueue(fault, Reply.text("recovered"));
        Exchange exchange = sendOk(FAST, "Hello", Map.of());
        assertThat(exchange.getMessage().getBody(String.class)).isEqualTo("recovered");
        assertThat(exchange.getMessage().getHeader(GroqResponsesConstants.RETRIES)).isEqualTo(1);
        assertThat(emulator().requestCount()).isEqualTo(2);
    }

    @Test
    void retryAfterInSecondsIsHonoured() {
        emulator().enqueue(Reply.error(429, "requests", "rate_limit_exceeded", "wait").header("retry-after", "1"),
                Reply.text("after a second"));
        Exchange exchange = sendOk(FAST, "Hello", Map.of());
        assertThat(exchange.getMessage().getBody(String.class)).isEqualTo("after a second");
        assertThat(exchange.getMessage().getHeader(GroqResponsesConstants.RETRIES)).isEqualTo(1);
    }

    @Test
    void slowTrickleWithinTheTimeoutSucceedsWithoutRetry() {
        emulator().enqueue(Reply.text("slowly but surely, one piece after another").trickle(Duration.ofMillis(5)));
        Exchange exchange = sendOk(FAST, "Hello", Map.of());
        assertThat(exchange.getMessage().getBody(String.class)).isEqualTo("slowly but surely, one piece after another");
        assertThat(exchange.getMessage().getHeader(GroqResponsesConstants.RETRIES)).isEqualTo(0);
    }

    @Test
    void persistentRateLimitFailsAfterAllAttemptsWhen429sCountAsRetries() {
        emulator().when(r -> true).thenReply(Reply.error(429, "tokens", "rate_limit_exceeded", "still limited")
                .header("retry-after-ms", "20"));
        GroqResponsesException e = send(FAST + "&maxRetries=2&rateLimitMaxWait=0", "Hello", Map.of())
                .getException(GroqResponsesException.class);
        assertThat(e.getStatusCode()).isEqualTo(429);
        assertThat(e.getAttempts()).isEqualTo(3);
        assertThat(e.isRetryable()).isTrue();
        assertThat(e.getMessage()).contains("after 3 attempts").contains("retries exhausted");
        assertThat(emulator().requestCount()).isEqualTo(3);
    }

    @Test
    void a429ThatSaysWhenToTryAgainIsAWaitNotARetry() {
        emulator().enqueue(Reply.error(429, "tokens", "rate_limit_exceeded", "slow down").header("retry-after-ms", "20"),
                Reply.error(429, "tokens", "rate_limit_exceeded", "slow down").header("retry-after-ms", "20"),
                Reply.error(429, "requests", "rate_limit_exceeded", "slow down").header("retry-after-ms", "20"),
                Reply.error(503, "service_unavailable", null, "overloaded"),
                Reply.text("after three waits and one retry"));
        Exchange exchange = sendOk(FAST + "&maxRetries=1", "Hello", Map.of());
        assertThat(exchange.getMessage().getBody(String.class)).isEqualTo("after three waits and one retry");
        assertThat(exchange.getMessage().getHeader(GroqResponsesConstants.RETRIES)).isEqualTo(4);
        assertThat(emulator().requestCount()).isEqualTo(5);
    }

    @Test
    void persistentRateLimitFailsOnceRateLimitMaxWaitIsUsedUpSayingSo() {
        emulator().when(r -> true).thenReply(Reply.error(429, "tokens", "rate_limit_exceeded", "still limited")
                .header("retry-after-ms", "100"));
        GroqResponsesException e = send(FAST + "&maxRetries=1&rateLimitMaxWait=350", "Hello", Map.of())
                .getException(GroqResponsesException.class);
        assertThat(e.getStatusCode()).isEqualTo(429);
        assertThat(e.isRetryable()).isTrue();
        // waits of 100 ms fit three times into 350 ms: the fourth 429 ends the exchange
        assertThat(e.getAttempts()).isEqualTo(4);
        assertThat(e.getMessage()).contains("rateLimitMaxWait=350").contains("after 4 attempts");
        assertThat(emulator().requestCount()).isEqualTo(4);
    }

    @ParameterizedTest(name = "{0} is not retried")
    @ValueSource(ints = { 400, 401, 403, 404, 422, 424 })
    void clientErrorsAreNotRetried(int status) {
        emulator().when(r -> true).thenReply(Reply.error(status, "invalid_request_error", "bad", "no"));
        GroqResponsesException e = send(FAST + "&maxRetries=3", "Hello", Map.of())
                .getException(GroqResponsesException.class);
        assertThat(e.getStatusCode()).isEqualTo(status);
        assertThat(e.getAttempts()).isEqualTo(1);
        assertThat(e.isRetryable()).isFalse();
        assertThat(emulator().requestCount()).isEqualTo(1);
    }

    @Test
    void requestLargerThanTheTokenLimitFailsAtOnceSayingSo() {
        emulator().rateLimits(100, Duration.ofMinutes(1), 50, Duration.ofMinutes(1));
        GroqResponsesException e = send(FAST + "&rateLimiter=off", "x".repeat(2000), Map.of())
                .getException(GroqResponsesException.class);
        assertThat(e.getStatusCode()).isEqualTo(413);
        assertThat(e.getErrorCode()).isEqualTo("rate_limit_exceeded");
        assertThat(e.getAttempts()).isEqualTo(1);
        assertThat(e.getMessage()).contains("larger than the model's tokens-per-minute limit");
        assertThat(emulator().requestCount()).isEqualTo(1);
    }

    @Test
    void serverDelayAboveRetryMaxDelayFailsAtOnce() {
        emulator().when(r -> true).thenReply(Reply.error(503, "service_unavailable", null, "maintenance")
                .header("retry-after", "7200"));
        GroqResponsesException e = send(FAST + "&retryMaxDelay=5000", "Hello", Map.of())
                .getException(GroqResponsesException.class);
        assertThat(e.getAttempts()).isEqualTo(1);
        assertThat(e.getRetryAfterMillis()).isEqualTo(7_200_000L);
        assertThat(e.getMessage()).contains("retryMaxDelay=5000");
        assertThat(emulator().requestCount()).isEqualTo(1);
    }

    @Test
    void a429AskingForLongerThanRateLimitMaxWaitFailsAtOnce() {
        emulator().when(r -> true).thenReply(Reply.error(429, "requests", "rate_limit_exceeded", "daily limit")
                .header("retry-after", "7200"));
        // a model of its own: the governor then holds that model's bucket closed for a minute, not the other tests'
        GroqResponsesException e = send(FAST + "&retryMaxDelay=5000", "Hello",
                Map.of(GroqResponsesConstants.MODEL, "openai/gpt-oss-120b")).getException(GroqResponsesException.class);
        assertThat(e.getAttempts()).isEqualTo(1);
        assertThat(e.getRetryAfterMillis()).isEqualTo(7_200_000L);
        assertThat(e.getMessage()).contains("7200000", "rateLimitMaxWait=600000");
        assertThat(emulator().requestCount()).isEqualTo(1);
    }

    @Test
    void rateLimitResetIsUsedWhenThereIsNoRetryAfter() {
        emulator().enqueue(Reply.error(429, "tokens", "rate_limit_exceeded", "tpm")
                .header("x-ratelimit-reset-tokens", "80ms").header("x-ratelimit-remaining-tokens", "0"),
                Reply.text("ok"));
        Exchange exchange = sendOk("requestTimeout=2000&retryInitialDelay=30000", "Hello", Map.of());
        assertThat(exchange.getMessage().getHeader(GroqResponsesConstants.RETRIES)).isEqualTo(1);
    }

    @Test
    void connectionRefusedIsRetriedThenFailsWithAttempts() {
        Exchange exchange = template.send("groq-responses:down?model=openai/gpt-oss-20b&maxRetries=2"
                                          + "&retryInitialDelay=10&apiKey=k&baseUrl=http://127.0.0.1:1/openai/v1",
                x -> x.getIn().setBody("Hi"));
        GroqResponsesException e = exchange.getException(GroqResponsesException.class);
        assertThat(e.getStatusCode()).isZero();
        assertThat(e.getAttempts()).isEqualTo(3);
        assertThat(e.isRetryable()).isTrue();
    }
}
