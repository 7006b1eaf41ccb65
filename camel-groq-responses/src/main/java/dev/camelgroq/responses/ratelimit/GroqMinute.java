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
package dev.camelgroq.responses.ratelimit;

/**
 * How long Groq's "minute" lasts, learned from the tokens counters of its answers: the reset (the time until the
 * bucket is full again) scaled to the whole capacity. Answers whose bucket was short of full are pooled until they
 * show a hundredth of it, so that the minute is learned however slowly the bucket is spent; later estimates are
 * smoothed (three parts old, one part new).
 */
final class GroqMinute {

    /** A real minute: what is assumed until an answer shows otherwise. */
    static final long MINUTE = 60_000;
    /** The longest minute believed (a longer reset is a broken header). */
    static final long MAX_PERIOD = 2 * MINUTE;
    private static final long MIN_PERIOD = 100;

    private long millis = MINUTE;
    private boolean learned;
    private double pooledResetMillis;
    private double pooledDeficit;
    private long pooledLimit;

    /** One answer's tokens counters: {@code remaining} of {@code limit}, full again in {@code resetMillis}. */
    void observe(long limit, long remaining, long resetMillis) {
        if (pooledLimit != limit) {
            pooledLimit = limit;
            pooledResetMillis = 0;
            pooledDeficit = 0;
        }
        if (remaining < limit) {
            pooledResetMillis += resetMillis;
            pooledDeficit += limit - remaining;
        }
        if (pooledDeficit >= Math.max(1, limit / 100)) {
            double period = Math.max(MIN_PERIOD, pooledResetMillis * limit / pooledDeficit);
            millis = Math.min(MAX_PERIOD, learned ? (long) ((3.0 * millis + period) / 4) : (long) period);
            learned = true;
            pooledResetMillis = 0;
            pooledDeficit = 0;
        }
    }

    /** The minute's length in milliseconds ({@link #MINUTE} until learned). */
    long millis() {
        return millis;
    }

    /** Whether an answer has shown it. */
    boolean learned() {
        return learned;
    }
}
