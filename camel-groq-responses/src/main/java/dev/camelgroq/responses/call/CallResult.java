package dev.camelgroq.responses.call;

import dev.camelgroq.responses.http.HttpAnswer;
import dev.camelgroq.responses.response.ParsedResponse;
import dev.camelgroq.responses.response.RateLimitHeaders;

/**
 * A successful call: the parsed answer, the raw HTTP answer, its rate-limit headers (read once), how many attempts it
 * took and how long it waited for rate-limit budget.
 */
public record CallResult(ParsedResponse response, HttpAnswer answer, RateLimitHeaders limits, int attempts,
                         long rateLimitWaitMillis) {
}
