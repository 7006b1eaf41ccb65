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

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Groq's limits as continuously refilling token buckets: requests per minute (hidden, only a 429 of type
 * {@code requests} shows it), requests per day and tokens per minute (both in the headers, {@code reset} being the
 * time until the bucket is full again).
 */
final class TokenBucketLimits implements EmulatorRateLimits {

    /** One bucket: {@code capacity}, refilled at {@code capacity} per {@code periodMillis}, starting full. */
    private static final class Bucket {
        final long capacity;
        final double perMilli;
        double level;
        long at = -1;

        Bucket(long capacity, double periodMillis) {
            this.capacity = capacity;
            this.perMilli = capacity / periodMillis;
            this.level = capacity;
        }

        void refill(long now) {
            if (at >= 0 && now > at) {
                level = Math.min(capacity, level + (now - at) * perMilli);
            }
            at = Math.max(at, now);
        }

        long millisUntil(double amount) {
            return level >= amount ? 0 : (long) Math.ceil((amount - level) / perMilli);
        }

        long used() {
            return Math.round(capacity - level);
        }
    }

    private final Bucket requestsPerMinute;
    private final Bucket requestsPerDay;
    private final Bucket tokensPerMinute;

    /** Requests refill over {@code requestPeriod} (the day bucket over 1,440 of them), tokens over {@code tokenPeriod}. */
    TokenBucketLimits(long requests, long requestsPerDay, long requestPeriodMillis, long tokens, long tokenPeriodMillis) {
        this.requestsPerMinute = new Bucket(requests, requestPeriodMillis);
        this.requestsPerDay = new Bucket(requestsPerDay, requestPeriodMillis * 1440.0);
        this.tokensPerMinute = new Bucket(tokens, tokenPeriodMillis);
    }

    static TokenBucketLimits of(RateLimits limits) {
        return new TokenBucketLimits(limits.requestsPerMinute(), limits.requestsPerDay(), limits.minuteMillis(),
                limits.tokensPerMinute(), limits.minuteMillis());
    }

    @Override
    public synchronized Decision admit(long tokens, long now) {
        refill(now);
        if (tokens > tokensPerMinute.capacity) {
            return new Decision(false, 413, "tokens", 0, tokensPerMinute.capacity, tokensPerMinute.used());
        }
        if (requestsPerMinute.level < 1) {
            return refused("requests", requestsPerMinute, 1);
        }
        if (requestsPerDay.level < 1) {
            return refused("requests", requestsPerDay, 1);
        }
        if (tokensPerMinute.level < tokens) {
            return refused("tokens", tokensPerMinute, tokens);
        }
        requestsPerMinute.level -= 1;
        requestsPerDay.level -= 1;
        tokensPerMinute.level -= tokens;
        return new Decision(true, 200, null, 0, tokensPerMinute.capacity, tokensPerMinute.used());
    }

    @Override
    public synchronized void giveBack(long tokens, long now) {
        refill(now);
        tokensPerMinute.level = Math.min(tokensPerMinute.capacity, tokensPerMinute.level + tokens);
    }

    private static Decision refused(String kind, Bucket bucket, long amount) {
        return new Decision(false, 429, kind, bucket.millisUntil(amount), bucket.capacity, bucket.used());
    }

    @Override
    public synchronized Map<String, String> headers(long now) {
        refill(now);
        Map<String, String> h = new LinkedHashMap<>();
        h.put("x-ratelimit-limit-requests", Long.toString(requestsPerDay.capacity));
        h.put("x-ratelimit-limit-tokens", Long.toString(tokensPerMinute.capacity));
        h.put("x-ratelimit-remaining-requests", Long.toString((long) Math.floor(requestsPerDay.level)));
        h.put("x-ratelimit-remaining-tokens", Long.toString((long) Math.floor(tokensPerMinute.level)));
        h.put("x-ratelimit-reset-requests", EmulatorDurations.format(requestsPerDay.millisUntil(requestsPerDay.capacity)));
        h.put("x-ratelimit-reset-tokens", EmulatorDurations.format(tokensPerMinute.millisUntil(tokensPerMinute.capacity)));
        return h;
    }

    private void refill(long now) {
        requestsPerMinute.refill(now);
        requestsPerDay.refill(now);
        tokensPerMinute.refill(now);
    }
}
