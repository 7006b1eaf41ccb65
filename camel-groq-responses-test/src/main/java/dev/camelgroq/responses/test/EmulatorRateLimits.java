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
package dev.camelgroq.responses.test;

import java.util.Map;

/**
 * How the emulator enforces an organization's limits per model: {@link TokenBucketLimits} (what Groq does) or
 * {@link FixedWindowLimits}. Every answer carries the {@code x-ratelimit-*} headers they produce.
 */
interface EmulatorRateLimits {

    /**
     * The verdict for one request: allowed, or refused with {@code status} (429, or 413 for a request larger than the
     * whole token limit) on {@code kind} ({@code requests} or {@code tokens}), with the limit and what was used of it.
     */
    record Decision(boolean allowed, int status, String kind, long retryAfterMillis, long limit, long used) {
    }

    /** Admits a request of {@code tokens} tokens (and one request) or says why not. */
    Decision admit(long tokens, long nowMillis);

    /**
     * Gives back tokens an admitted request was charged for but that do not stay spent (Groq's cached prompt tokens,
     * once the request has been processed).
     */
    void giveBack(long tokens, long nowMillis);

    /** The {@code x-ratelimit-*} headers at this moment. */
    Map<String, String> headers(long nowMillis);

    /** Limits so high that nothing is ever refused. */
    static EmulatorRateLimits generous() {
        return TokenBucketLimits.of(RateLimits.tokenBuckets().requestsPerMinute(1_000_000)
                .requestsPerDay(1_000_000_000L).tokensPerMinute(1_000_000_000L));
    }
}
