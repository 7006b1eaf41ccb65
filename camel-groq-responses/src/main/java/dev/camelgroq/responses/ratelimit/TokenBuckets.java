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
 * Groq's tokens-per-minute bucket as one process estimates it, kept twice: <em>seen</em>, the whole bucket (what Groq
 * has left, others' use included), and <em>paced</em>, this process's share of it, which sets its pace. A request
 * takes from both and waits for both; what answers give back goes to both. Created once the bucket's size is known
 * (a {@code tokensPerMinute} cap, or Groq's {@code x-ratelimit-limit-tokens}).
 */
final class TokenBuckets {

    private final RefillingBudget seen;
    private final RefillingBudget paced;

    /** Both full at {@code capacity}, refilled over {@code minuteMillis}. */
    TokenBuckets(double capacity, long minuteMillis, long now) {
        seen = new RefillingBudget(capacity, minuteMillis, now);
        paced = new RefillingBudget(capacity, minuteMillis, now);
    }

    /** Milliseconds from {@code now} until both hold {@code tokens}, after refilling them to {@code now}. */
    long millisUntil(long tokens, long now) {
        seen.advance(now);
        paced.advance(now);
        return Math.max(seen.millisUntil(tokens), paced.millisUntil(tokens));
    }

    /** An admitted request's reservation. */
    void take(long tokens) {
        seen.take(tokens);
        paced.take(tokens);
    }

    /** Tokens an answer gave back (reserved but not used, or served from Groq's prompt cache). */
    void give(long tokens) {
        seen.give(tokens);
        paced.give(tokens);
    }

    /** The whole bucket's new size and minute, from Groq's counters; then refilled to {@code now}. */
    void reshapeSeen(long limit, long minuteMillis, long now) {
        seen.reshape(limit, minuteMillis);
        seen.advance(now);
    }

    /** This process's pace: {@code share} of the whole bucket's size over {@code minuteMillis}. */
    void reshapePaced(double share, long minuteMillis, long now) {
        paced.advance(now);
        paced.reshape(share * seen.capacity(), minuteMillis);
    }

    /**
     * What Groq's counters say is left, {@code usable} for this process: the whole bucket is set to it, and this
     * process's pace to its {@code share} of it.
     */
    void set(double usable, double share, long now) {
        seen.set(usable);
        paced.advance(now);
        paced.set(share * usable);
    }

    /** The whole bucket's size. */
    double capacity() {
        return seen.capacity();
    }

    /** What the whole bucket holds, as last refilled. */
    double level() {
        return seen.level();
    }

    /** What this process's pace holds, as last refilled. */
    double pacedLevel() {
        return paced.level();
    }
}
