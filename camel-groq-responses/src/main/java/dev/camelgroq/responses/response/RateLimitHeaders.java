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
package dev.camelgroq.responses.response;

import dev.camelgroq.responses.http.HttpAnswer;

/**
 * The rate-limit state Groq reports on every answer ({@code x-ratelimit-limit|remaining|reset-requests|tokens}) and
 * the delay a 429 asks for ({@code retry-after} seconds, or {@code retry-after-ms}).
 */
public record RateLimitHeaders(Long limitRequests, Long limitTokens, Long remainingRequests, Long remainingTokens,
                               Long resetRequestsMillis, Long resetTokensMillis, Long retryAfterMillis) {

    /** The headers read, in the order {@link #from} reads their values. */
    private static final String[] NAMES = { "x-ratelimit-limit-requests", "x-ratelimit-limit-tokens",
        "x-ratelimit-remaining-requests", "x-ratelimit-remaining-tokens", "x-ratelimit-reset-requests",
        "x-ratelimit-reset-tokens", "retry-after-ms", "retry-after" };

    /** The rate-limit state of {@code answer}, its headers read in one pass; a malformed value is left out. */
    public static RateLimitHeaders from(HttpAnswer answer) {
        String[] values = answer.headers(NAMES);
        return new RateLimitHeaders(number(values[0]), number(values[1]), number(values[2]), number(values[3]),
                GroqDurations.parseMillis(values[4]), GroqDurations.parseMillis(values[5]),
                retryAfter(values[6], values[7]));
    }

    /** Whether Groq sent any rate-limit counters. */
    public boolean present() {
        return remainingRequests != null || remainingTokens != null;
    }

    private static Long retryAfter(String millis, String seconds) {
        Long ms = number(millis);
        if (ms != null) {
            return ms;
        }
        if (seconds == null) {
            return null;
        }
        try {
            return (long) Math.ceil(Double.parseDouble(seconds.strip()) * 1000);
        } catch (NumberFormatException notSeconds) {
            return null;
        }
    }

    private static Long number(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
