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

import java.util.concurrent.ThreadLocalRandom;

import dev.camelgroq.responses.GroqResponsesException;
import dev.camelgroq.responses.ratelimit.RateLimitMessage;
import dev.camelgroq.responses.response.RateLimitHeaders;

/**
 * Decides whether a failed attempt is tried again and after how long: the delay in a 429 message ("Please try again
 * in 2.3s"), else Groq's {@code retry-after} (or
 * {@code retry-after-ms}), else the relevant {@code x-ratelimit-reset-*} of a 429, else exponential backoff with
 * jitter.
 * <p>
 * A 429 that says when to try again is a wait, not a failure: with {@code rateLimitMaxWait} above 0 it does not use
 * up {@code maxRetries}, and it is waited for as long as the exchange's waits for rate limits (Groq's 429 delays and
 * the governor's queue) stay within {@code rateLimitMaxWait} in all. Every other retry counts against
 * {@code maxRetries}, and a server delay above {@code retryMaxDelay} is not waited for (nor a 429's delay when
 * {@code rateLimitMaxWait} is 0). {@code maxRetries=0} turns every retry off, such waits included: nothing is sent
 * twice.
 */
public final class RetryPolicy {

    /**
     * The verdict: retry after {@code delayMillis}, or give up with {@code reason}. {@code rateLimitWait}: the delay is
     * a wait for rate limits (a 429 with a retry time), which does not count as a retry.
     */
    public record Decision(boolean retry, long delayMillis, String reason, boolean rateLimitWait) {

        Decision(boolean retry, long delayMillis, String reason) {
            this(retry, delayMillis, reason, false);
        }
    }

    private final int maxRetries;
    private final long initialDelay;
    private final long maxDelay;
    private final long rateLimitMaxWait;
    /** Named once: every admission carries it, for the refusal message. */
    private final String queueWaitOption;

    /** A policy in which 429s count as retries like any other failure (no {@code rateLimitMaxWait}). */
    public RetryPolicy(int maxRetries, long initialDelay, long maxDelay) {
        this(maxRetries, initialDelay, maxDelay, 0);
    }

    /** {@code rateLimitMaxWait}: the most one exchange waits for rate limits in all (0: 429s count as retries). */
    public RetryPolicy(int maxRetries, long initialDelay, long maxDelay, long rateLimitMaxWait) {
        this.maxRetries = Math.max(0, maxRetries);
        this.initialDelay = Math.max(1, initialDelay);
        this.maxDelay = Math.max(this.initialDelay, maxDelay);
        this.rateLimitMaxWait = Math.max(0, rateLimitMaxWait);
        this.queueWaitOption = this.rateLimitMaxWait > 0 ? "rateLimitMaxWait=" + this.rateLimitMaxWait + " ms"
                : "retryMaxDelay=" + this.maxDelay + " ms";
    }

    public long maxDelay() {
        return maxDelay;
    }

    /**
     * How long a request may wait in the rate-limit governor's queue when the exchange has already waited
     * {@code rateLimitWaited} ms for rate limits: what is left of {@code rateLimitMaxWait}, or {@code retryMaxDelay}
     * when that is 0.
     */
    public long queueWait(long rateLimitWaited) {
        return rateLimitMaxWait > 0 ? Math.max(0, rateLimitMaxWait - rateLimitWaited) : maxDelay;
    }

    /** The bound of {@link #queueWait(long)}, named as the option the user sets. */
    public String queueWaitOption() {
        return queueWaitOption;
    }

    /** {@code attempts} is how many attempts were made so far (1 after the first), every one counted as a retry. */
    public Decision decide(GroqResponsesException.Details failure, RateLimitHeaders limits, int attempts) {
        return decide(failure, limits, attempts, 0);
    }

    /**
     * {@code failures} is how many failed attempts count against {@code maxRetries} with this one (waits for rate
     * limits do not count); {@code rateLimitWaited} the ms the exchange has waited for rate limits so far.
     */
    public Decision decide(GroqResponsesException.Details failure, RateLimitHeaders limits, int failures,
                           long rateLimitWaited) {
        if (!failure.retryable()) {
            return new Decision(false, 0, null);
        }
        Long server = serverDelay(failure, limits);
        if (server != null && failure.statusCode() == 429 && rateLimitMaxWait > 0 && maxRetries > 0) {
            long left = rateLimitMaxWait - rateLimitWaited;
            if (server > left) {
                return new Decision(false, 0, "rate limited: Groq asked to wait " + server + " ms more after "
                                              + rateLimitWaited + " ms of waiting for rate limits, beyond"
                                              + " rateLimitMaxWait=" + rateLimitMaxWait + " ms in all");
            }
            return new Decision(true, server, null, true);
        }
        if (failures > maxRetries) {
            return new Decision(false, 0, maxRetries == 0 ? null : "retries exhausted (maxRetries=" + maxRetries + ")");
        }
        if (server != null) {
            if (server > maxDelay) {
                return new Decision(false, 0, "Groq asked to wait " + server + " ms, more than retryMaxDelay="
                                              + maxDelay + " ms");
            }
            return new Decision(true, server, null);
        }
        long exponential = initialDelay << Math.min(20, Math.max(0, failures - 1));
        long capped = Math.min(maxDelay, exponential);
        long jittered = capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1);
        return new Decision(true, jittered, null);
    }

    private static Long serverDelay(GroqResponsesException.Details failure, RateLimitHeaders limits) {
        if (failure.statusCode() == 429) {
            // Groq's message has the precise delay ("Please try again in 2.3s"); retry-after is rounded up to seconds
            RateLimitMessage message = RateLimitMessage.parse(failure.errorMessage());
            if (message != null && message.retryMillis() != null) {
                return message.retryMillis();
            }
        }
        if (failure.retryAfterMillis() != null || failure.statusCode() != 429 || limits == null) {
            return failure.retryAfterMillis();
        }
        // x-ratelimit-reset-requests is the time until the DAY's budget is full: no guide for a per-minute 429
        return "requests".equals(failure.errorType()) ? null : limits.resetTokensMillis();
    }
}
