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
