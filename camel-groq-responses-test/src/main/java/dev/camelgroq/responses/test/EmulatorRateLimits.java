package dev.camelgroq.responses.test;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fixed-window request and token limits, as Groq enforces them per organization and model. Every answer carries the
 * {@code x-ratelimit-*} headers; a request that does not fit gets a 429 with {@code retry-after}, and a single request
 * larger than the whole token limit gets a 413.
 */
final class EmulatorRateLimits {

    /** The verdict for one request. */
    record Decision(boolean allowed, int status, String kind, long retryAfterMillis, long used) {
    }

    private final long requestLimit;
    private final long requestWindowMillis;
    private final long tokenLimit;
    private final long tokenWindowMillis;

    private long requestWindowStart = -1;
    private long requestsUsed;
    private long tokenWindowStart = -1;
    private long tokensUsed;

    EmulatorRateLimits(long requestLimit, Duration requestWindow, long tokenLimit, Duration tokenWindow) {
        this.requestLimit = requestLimit;
        this.requestWindowMillis = requestWindow.toMillis();
        this.tokenLimit = tokenLimit;
        this.tokenWindowMillis = tokenWindow.toMillis();
    }

    static EmulatorRateLimits generous() {
        return new EmulatorRateLimits(1_000_000, Duration.ofMinutes(1), 1_000_000_000L, Duration.ofMinutes(1));
    }

    long tokenLimit() {
        return tokenLimit;
    }

    synchronized Decision admit(long tokens, long nowMillis) {
        roll(nowMillis);
        if (tokens > tokenLimit) {
            return new Decision(false, 413, "tokens", 0, tokensUsed);
        }
        if (requestsUsed + 1 > requestLimit) {
            return new Decision(false, 429, "requests", requestWindowStart + requestWindowMillis - nowMillis, requestsUsed);
        }
        if (tokensUsed + tokens > tokenLimit) {
            return new Decision(false, 429, "tokens", tokenWindowStart + tokenWindowMillis - nowMillis, tokensUsed);
        }
        requestsUsed++;
        tokensUsed += tokens;
        return new Decision(true, 200, null, 0, tokensUsed);
    }

    synchronized Map<String, String> headers(long nowMillis) {
        roll(nowMillis);
        Map<String, String> h = new LinkedHashMap<>();
        h.put("x-ratelimit-limit-requests", Long.toString(requestLimit));
        h.put("x-ratelimit-limit-tokens", Long.toString(tokenLimit));
        h.put("x-ratelimit-remaining-requests", Long.toString(Math.max(0, requestLimit - requestsUsed)));
        h.put("x-ratelimit-remaining-tokens", Long.toString(Math.max(0, tokenLimit - tokensUsed)));
        h.put("x-ratelimit-reset-requests", EmulatorDurations.format(resetIn(requestWindowStart, requestWindowMillis, requestsUsed, nowMillis)));
        h.put("x-ratelimit-reset-tokens", EmulatorDurations.format(resetIn(tokenWindowStart, tokenWindowMillis, tokensUsed, nowMillis)));
        return h;
    }

    private static long resetIn(long start, long window, long used, long now) {
        return used == 0 || start < 0 ? 0 : Math.max(0, start + window - now);
    }

    private void roll(long now) {
        if (requestWindowStart < 0 || now >= requestWindowStart + requestWindowMillis) {
            requestWindowStart = now;
            requestsUsed = 0;
        }
        if (tokenWindowStart < 0 || now >= tokenWindowStart + tokenWindowMillis) {
            tokenWindowStart = now;
            tokensUsed = 0;
        }
    }
}
