package dev.camelgroq.responses.call;

import java.util.concurrent.ThreadLocalRandom;

import dev.camelgroq.responses.GroqResponsesException;
import dev.camelgroq.responses.ratelimit.RateLimitMessage;
import dev.camelgroq.responses.response.RateLimitHeaders;

/**
 * Decides whether a failed attempt is tried again and after how long: the delay in a 429 message ("Please try again
 * in 2.3s"), else Groq's {@code retry-after} (or
 * {@code retry-after-ms}), else the relevant {@code x-ratelimit-reset-*} of a 429, else exponential backoff with
 * jitter. A server delay above {@code retryMaxDelay} is not waited for.
 */
public final class RetryPolicy {

    /** The verdict: retry after {@code delayMillis}, or give up with {@code reason}. */
    public record Decision(boolean retry, long delayMillis, String reason) {
    }

    private final int maxRetries;
    private final long initialDelay;
    private final long maxDelay;

    public RetryPolicy(int maxRetries, long initialDelay, long maxDelay) {
        this.maxRetries = Math.max(0, maxRetries);
        this.initialDelay = Math.max(1, initialDelay);
        this.maxDelay = Math.max(this.initialDelay, maxDelay);
    }

    public long maxDelay() {
        return maxDelay;
    }

    /** {@code attempts} is how many attempts were made so far (1 after the first). */
    public Decision decide(GroqResponsesException.Details failure, RateLimitHeaders limits, int attempts) {
        if (!failure.retryable()) {
            return new Decision(false, 0, null);
        }
        if (attempts > maxRetries) {
            return new Decision(false, 0, maxRetries == 0 ? null : "retries exhausted (maxRetries=" + maxRetries + ")");
        }
        Long server = serverDelay(failure, limits);
        if (server != null) {
            if (server > maxDelay) {
                return new Decision(false, 0, "Groq asked to wait " + server + " ms, more than retryMaxDelay="
                                              + maxDelay + " ms");
            }
            return new Decision(true, server, null);
        }
        long exponential = initialDelay << Math.min(20, attempts - 1);
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
