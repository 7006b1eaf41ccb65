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
package dev.camelgroq.responses.call;

import dev.camelgroq.responses.GroqResponsesException;
import dev.camelgroq.responses.response.RateLimitHeaders;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The retry decision as a pure function of the failure, Groq's headers and the attempt count. */
class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(3, 100, 5000);

    private static GroqResponsesException.Details failure(int status, String type, Long retryAfter) {
        return new GroqResponsesException.Details().status(status).type(type).retryAfterMillis(retryAfter)
                .retryable(status == 0 || status == 429 || status >= 500);
    }

    private static RateLimitHeaders resets(Long requests, Long tokens) {
        return new RateLimitHeaders(null, null, 0L, 0L, requests, tokens, null);
    }

    @Test
    void nonRetryableFailuresAreNeverRetried() {
        RetryPolicy.Decision d = policy.decide(failure(400, "invalid_request_error", null), null, 1);
        assertThat(d.retry()).isFalse();
        assertThat(d.reason()).isNull();
    }

    @Test
    void retryAfterIsObeyedExactly() {
        RetryPolicy.Decision d = policy.decide(failure(429, "tokens", 2300L), resets(50L, 60L), 1);
        assertThat(d.retry()).isTrue();
        assertThat(d.delayMillis()).isEqualTo(2300);
    }

    @Test
    void theTokenResetGuidesA429WithoutRetryAfterButTheDailyRequestResetDoesNot() {
        assertThat(policy.decide(failure(429, "tokens", null), resets(700L, 90L), 1).delayMillis()).isEqualTo(90);
        // x-ratelimit-reset-requests is the time until the DAY's request budget is full: a per-minute 429 backs off
        for (int i = 0; i < 50; i++) {
            assertThat(policy.decide(failure(429, "requests", null), resets(700_000L, 90L), 1).delayMillis())
                    .isBetween(50L, 100L);
        }
    }

    @Test
    void aServerDelayAboveTheMaximumGivesUpWithAReason() {
        RetryPolicy.Decision d = policy.decide(failure(429, "requests", 86_400_000L), null, 1);
        assertThat(d.retry()).isFalse();
        assertThat(d.reason()).contains("86400000", "retryMaxDelay=5000");
    }

    @Test
    void a429WithARetryTimeIsAWaitThatDoesNotCountWhileRateLimitMaxWaitLasts() {
        RetryPolicy waits = new RetryPolicy(1, 100, 5000, 10_000);
        RetryPolicy.Decision d = waits.decide(failure(429, "tokens", 2300L), null, 7, 7_000);
        assertThat(d.retry()).isTrue();
        assertThat(d.rateLimitWait()).isTrue();
        assertThat(d.delayMillis()).isEqualTo(2300);
        // a delay above retryMaxDelay is waited for too, within rateLimitMaxWait
        assertThat(waits.decide(failure(429, "tokens", 9_000L), null, 1, 0).retry()).isTrue();
        RetryPolicy.Decision over = waits.decide(failure(429, "tokens", 2300L), null, 1, 8_000);
        assertThat(over.retry()).isFalse();
        assertThat(over.reason()).contains("rateLimitMaxWait=10000", "8000", "2300");
        // other failures still count against maxRetries
        assertThat(waits.decide(failure(503, null, null), null, 2, 0).retry()).isFalse();
        assertThat(waits.decide(failure(503, null, null), null, 1, 0).rateLimitWait()).isFalse();
        // maxRetries=0: nothing is sent twice, not even after a 429 that says when
        assertThat(new RetryPolicy(0, 100, 5000, 10_000).decide(failure(429, "tokens", 2300L), null, 1, 0).retry())
                .isFalse();
        assertThat(waits.queueWait(8_000)).isEqualTo(2_000);
        assertThat(waits.queueWait(12_000)).isZero();
        assertThat(waits.queueWaitOption()).isEqualTo("rateLimitMaxWait=10000 ms");
        assertThat(policy.queueWait(8_000)).isEqualTo(5_000);
    }

    @Test
    void a429WithoutARetryTimeStillCountsAsARetry() {
        RetryPolicy waits = new RetryPolicy(1, 100, 5000, 10_000);
        RetryPolicy.Decision d = waits.decide(failure(429, "requests", null), null, 1, 0);
        assertThat(d.retry()).isTrue();
        assertThat(d.rateLimitWait()).isFalse();
        assertThat(waits.decide(failure(429, "requests", null), null, 2, 0).retry()).isFalse();
    }

    @Test
    void backoffDoublesWithJitterWithinTheCap() {
        for (int i = 0; i < 200; i++) {
            assertThat(policy.decide(failure(503, null, null), null, 1).delayMillis()).isBetween(50L, 100L);
            assertThat(policy.decide(failure(503, null, null), null, 3).delayMillis()).isBetween(200L, 400L);
        }
        RetryPolicy longRun = new RetryPolicy(100, 100, 5000);
        for (int attempt = 1; attempt <= 80; attempt++) {
            assertThat(longRun.decide(failure(0, "transport_error", null), null, attempt).delayMillis())
                    .as("attempt %d", attempt).isBetween(1L, 5000L);
        }
    }

    @Test
    void retriesStopAfterMaxRetriesAndSaySo() {
        assertThat(policy.decide(failure(503, null, null), null, 3).retry()).isTrue();
        RetryPolicy.Decision d = policy.decide(failure(503, null, null), null, 4);
        assertThat(d.retry()).isFalse();
        assertThat(d.reason()).contains("maxRetries=3");
        assertThat(new RetryPolicy(0, 100, 5000).decide(failure(503, null, null), null, 1).reason()).isNull();
    }

    @Test
    void absurdSettingsAreClamped() {
        RetryPolicy clamped = new RetryPolicy(-1, -5, -10);
        assertThat(clamped.maxDelay()).isEqualTo(1);
        assertThat(clamped.decide(failure(503, null, null), null, 1).retry()).isFalse();
    }
}
