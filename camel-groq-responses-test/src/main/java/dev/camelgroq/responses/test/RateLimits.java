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

/**
 * The limits the emulator enforces per model, as Groq does per organization and model. By default they are token
 * buckets that refill continuously ({@link #tokenBuckets()}), with Groq's header semantics:
 * {@code x-ratelimit-*-requests} describe the requests per DAY, {@code x-ratelimit-*-tokens} the tokens per MINUTE,
 * {@code reset} is the time until the bucket is full again, and the per-minute request limit (RPM) shows only as a
 * 429 whose error {@code type} is {@code requests}. {@link #fixedWindow()} keeps the older fixed-window model.
 * <p>
 * {@link #minute(Duration)} scales time: with a minute of 6 s every bucket refills ten times as fast, so load tests
 * reach the limits in seconds.
 */
public final class RateLimits {

    private boolean fixedWindow;
    private long requestsPerMinute = 30;
    private Long requestsPerDay;
    private long tokensPerMinute = 6_000;
    private Duration minute = Duration.ofMinutes(1);

    private RateLimits() {
    }

    /** Continuously refilling buckets (Groq's behaviour); defaults: 30 RPM, 14,400 RPD, 6,000 TPM. */
    public static RateLimits tokenBuckets() {
        return new RateLimits();
    }

    /**
     * Fixed windows of one {@link #minute(Duration) minute}: each budget returns whole when its window rolls over,
     * and the request headers report the per-minute window (not the day).
     */
    public static RateLimits fixedWindow() {
        RateLimits limits = new RateLimits();
        limits.fixedWindow = true;
        return limits;
    }

    /** The per-minute request limit (only visible as a 429 of type {@code requests}). */
    public RateLimits requestsPerMinute(long rpm) {
        this.requestsPerMinute = positive(rpm, "requestsPerMinute");
        return this;
    }

    /** The per-day request limit (the {@code x-ratelimit-*-requests} headers); default 480 × RPM. */
    public RateLimits requestsPerDay(long rpd) {
        this.requestsPerDay = positive(rpd, "requestsPerDay");
        return this;
    }

    /** The per-minute token limit (the {@code x-ratelimit-*-tokens} headers). */
    public RateLimits tokensPerMinute(long tpm) {
        this.tokensPerMinute = positive(tpm, "tokensPerMinute");
        return this;
    }

    /** How long the emulator's minute lasts (default one minute; a day is 1,440 of them). */
    public RateLimits minute(Duration length) {
        if (length == null || length.toMillis() < 1) {
            throw new IllegalArgumentException("minute must be at least 1 ms, was " + length);
        }
        this.minute = length;
        return this;
    }

    boolean isFixedWindow() {
        return fixedWindow;
    }

    long requestsPerMinute() {
        return requestsPerMinute;
    }

    long requestsPerDay() {
        return requestsPerDay != null ? requestsPerDay : requestsPerMinute * 480;
    }

    long tokensPerMinute() {
        return tokensPerMinute;
    }

    long minuteMillis() {
        return minute.toMillis();
    }

    private static long positive(long value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, was " + value);
        }
        return value;
    }
}
