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

    public static RateLimitHeaders from(HttpAnswer answer) {
        return new RateLimitHeaders(
                number(answer.header("x-ratelimit-limit-requests")),
                number(answer.header("x-ratelimit-limit-tokens")),
                number(answer.header("x-ratelimit-remaining-requests")),
                number(answer.header("x-ratelimit-remaining-tokens")),
                GroqDurations.parseMillis(answer.header("x-ratelimit-reset-requests")),
                GroqDurations.parseMillis(answer.header("x-ratelimit-reset-tokens")),
                retryAfter(answer));
    }

    /** Whether Groq sent any rate-limit counters. */
    public boolean present() {
        return remainingRequests != null || remainingTokens != null;
    }

    private static Long retryAfter(HttpAnswer answer) {
        Long ms = number(answer.header("retry-after-ms"));
        if (ms != null) {
            return ms;
        }
        String seconds = answer.header("retry-after");
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
