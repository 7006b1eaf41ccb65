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
package dev.camelgroq.responses.ratelimit;

/**
 * How many tokens a request reserves before it is sent: its input tokens plus the output the model typically
 * produces (a running average of the answers' output tokens, bounded by the request's max_output_tokens), scaled up by
 * how far reservations have fallen short of what Groq counted. Part of the {@link RateLimitBudget}; pure state, the
 * queue ({@link RateLimitBucket}) synchronizes.
 */
final class ReservationEstimate {

    /** The most a reservation is scaled up by. */
    private static final double MAX_COST_FACTOR = 4;

    private long outputTokensAverage = -1;
    private double costFactor = 1;
    private double cachedShare;
    private boolean cachedSeen;

    /**
     * The tokens to reserve for {@code inputTokens} of input; {@code outputCap} (max_output_tokens, or null) bounds the
     * output, {@code outputFallback} stands in until an answer was seen.
     */
    long tokens(long inputTokens, Long outputCap, long outputFallback) {
        long output = outputTokensAverage < 0 ? outputFallback : outputTokensAverage;
        if (outputCap != null) {
            output = outputTokensAverage < 0 ? outputCap : Math.min(output, outputCap);
        }
        return (long) Math.ceil((inputTokens + output) * costFactor);
    }

    /**
     * An answer's usage ({@code outputTokens} and {@code totalTokens}, either may be null) to a request that reserved
     * {@code reserved} tokens.
     */
    void onUsage(Long outputTokens, Long totalTokens, long reserved) {
        if (outputTokens != null && outputTokens >= 0) {
            outputTokensAverage = outputTokensAverage < 0 ? outputTokens
                    : (outputTokensAverage * 7 + outputTokens + 7) / 8;
        }
        if (totalTokens != null && totalTokens > 0 && reserved > 0) {
            // how far reservations fall short of what Groq counts: later reservations are scaled up by it
            double ratio = Math.min(MAX_COST_FACTOR, (double) totalTokens / reserved * costFactor);
            costFactor = Math.max(1, (costFactor * 7 + ratio) / 8);
        }
    }

    /**
     * An answer's prompt-cache usage: {@code cachedTokens} of its {@code inputTokens} were served from Groq's cache
     * (either may be null). Learns the cached share (a running average) and returns the cached tokens to give back to
     * the budget: at most the input, and never more than the answer counted in all ({@code totalTokens}).
     */
    long onCached(Long inputTokens, Long cachedTokens, Long totalTokens) {
        if (inputTokens == null || inputTokens <= 0) {
            return 0;
        }
        long cached = cachedTokens == null || cachedTokens < 0 ? 0 : Math.min(cachedTokens, inputTokens);
        if (totalTokens != null && totalTokens >= 0) {
            cached = Math.min(cached, totalTokens);
        }
        double share = (double) cached / inputTokens;
        cachedShare = cachedSeen ? (cachedShare * 7 + share) / 8 : share;
        cachedSeen = true;
        return cached;
    }

    /** The share of input tokens served from Groq's prompt cache, a running average (0 until an answer showed it). */
    double cachedShare() {
        return cachedShare;
    }
}
