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

import dev.camelgroq.responses.response.RateLimitHeaders;

/**
 * Groq's tokens-per-minute counters of one answer ({@code x-ratelimit-limit|remaining|reset-tokens}), read only when
 * they are usable as a group: all three present, the limit positive, remaining within it and not negative, the reset
 * not negative and no longer than such a limit can last ({@link GroqMinute#MAX_PERIOD}), and a bucket that is not full
 * still refilling. A group that fails any of these is ignored as a whole, so hostile or broken headers cannot lock the
 * budget.
 */
record TokenCounters(long limit, long remaining, long resetMillis) {

    /** The counters of {@code headers}, or null when they are not usable as a group. */
    static TokenCounters of(RateLimitHeaders headers) {
        Long limit = headers.limitTokens();
        Long remaining = headers.remainingTokens();
        Long reset = headers.resetTokensMillis();
        if (limit == null || remaining == null || reset == null || limit <= 0 || remaining < 0 || reset < 0
            || remaining > limit || reset > GroqMinute.MAX_PERIOD || (remaining < limit && reset == 0)) {
            return null;
        }
        return new TokenCounters(limit, remaining, reset);
    }
}
