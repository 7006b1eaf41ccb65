package dev.camelgroq.responses.response;

import dev.camelgroq.responses.GroqResponsesConstants;
import dev.camelgroq.responses.http.HttpAnswer;
import org.apache.camel.Message;

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

    /** Sets the rate-limit headers that are present. */
    public void applyTo(Message message) {
        set(message, GroqResponsesConstants.RATE_LIMIT_REMAINING_REQUESTS, remainingRequests);
        set(message, GroqResponsesConstants.RATE_LIMIT_REMAINING_TOKENS, remainingTokens);
        set(message, GroqResponsesConstants.RATE_LIMIT_RESET_REQUESTS, resetRequestsMillis);
        set(message, GroqResponsesConstants.RATE_LIMIT_RESET_TOKENS, resetTokensMillis);
    }

    private static void set(Message message, String name, Long value) {
        if (value != null) {
            message.setHeader(name, value);
        }
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
