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

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The older fixed-window model, kept as an option: a request and a token budget per window, each counted from zero
 * when its window rolls over; the {@code x-ratelimit-*-requests} headers report the request window itself.
 */
final class FixedWindowLimits implements EmulatorRateLimits {

    private final long requestLimit;
    private final long requestWindowMillis;
    private final long tokenLimit;
    private final long tokenWindowMillis;

    private long requestWindowStart = -1;
    private long requestsUsed;
    private long tokenWindowStart = -1;
    private long tokensUsed;

    FixedWindowLimits(long requestLimit, Duration requestWindow, long tokenLimit, Duration tokenWindow) {
        this.requestLimit = requestLimit;
        this.requestWindowMillis = requestWindow.toMillis();
        this.tokenLimit = tokenLimit;
        this.tokenWindowMillis = tokenWindow.toMillis();
    }

    static FixedWindowLimits of(RateLimits limits) {
        Duration minute = Duration.ofMillis(limits.minuteMillis());
        return new FixedWindowLimits(limits.requestsPerMinute(), minute, limits.tokensPerMinute(), minute);
    }

    @Override
    public synchronized Decision admit(long tokens, long nowMillis) {
        roll(nowMillis);
        if (tokens > tokenLimit) {
            return new Decision(false, 413, "tokens", 0, tokenLimit, tokensUsed);
        }
        if (requestsUsed + 1 > requestLimit) {
            return new Decision(false, 429, "requests", requestWindowStart + requestWindowMillis - nowMillis,
                    requestLimit, requestsUsed);
        }
        if (tokensUsed + tokens > tokenLimit) {
            return new Decision(false, 429, "tokens", tokenWindowStart + tokenWindowMillis - nowMillis, tokenLimit,
                    tokensUsed);
        }
        requestsUsed++;
        tokensUsed += tokens;
        return new Decision(true, 200, null, 0, tokenLimit, tokensUsed);
    }

    @Override
    public synchronized void giveBack(long tokens, long nowMillis) {
        roll(nowMillis);
        tokensUsed = Math.max(0, tokensUsed - tokens);
    }

    @Override
    public synchronized Map<String, String> headers(long nowMillis) {
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
