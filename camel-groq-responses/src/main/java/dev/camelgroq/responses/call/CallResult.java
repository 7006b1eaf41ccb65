package dev.camelgroq.responses.call;

import dev.camelgroq.responses.http.HttpAnswer;
import dev.camelgroq.responses.response.ParsedResponse;

/**
 * A successful call: the parsed answer, the raw HTTP answer, how many attempts it took and how long it waited for
 * rate-limit budget.
 */
public record CallResult(ParsedResponse response, HttpAnswer answer, int attempts, long rateLimitWaitMillis) {
}
