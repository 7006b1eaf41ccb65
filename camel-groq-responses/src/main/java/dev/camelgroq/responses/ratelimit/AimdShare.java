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
 * This process's share of a budget that other processes, unseen, spend too: set to what it was measured to take of
 * the whole, halved on a 429 (at most once per round trip, like TCP's congestion window), raised a little on every
 * answer that was not a 429. Uncoordinated instances that each follow these rules converge on sharing the budget.
 */
public final class AimdShare {

    /** The smallest share: a process never stops sending altogether. */
    public static final double MIN = 0.05;
    /** The factor applied on a 429. */
    public static final double DECREASE = 0.5;
    /** What a measured share is raised by. */
    public static final double PROBE = 0.03;
    /** What each answer that was not a 429 adds. */
    public static final double INCREASE = 0.005;
    /** The factor applied per round trip while Groq's bucket holds room that nobody takes (as TCP after idle). */
    public static final double REGROWTH = 1.5;

    private double share = 1;
    private long decreasedAfter = -1;

    /** The current share, between {@link #MIN} and 1. */
    public double value() {
        return share;
    }

    /**
     * This process was seen to take {@code taken} of what the whole budget spent: the share drops to that, plus
     * {@link #PROBE} to find capacity that others leave unused (it only rises by {@link #onSuccess()}). Measured
     * shares of all processes add up to one.
     */
    public void onMeasured(double taken) {
        share = Math.max(MIN, Math.min(share, taken + PROBE));
    }

    /**
     * Groq's bucket held room that nobody took for a round trip: a share measured while others took the rest grows
     * back by {@link #REGROWTH} (as slow start does), not by {@link #INCREASE} an answer.
     */
    public void onRoom() {
        share = Math.min(1, share * REGROWTH);
    }

    /** An answer other than a 429. */
    public void onSuccess() {
        share = Math.min(1, share + INCREASE);
    }

    /**
     * A 429 to the request sent as number {@code sequence}, when {@code lastSent} was the newest request sent.
     * Answers to requests sent before the previous decrease are the same congestion event and do not decrease again.
     * Returns whether the share decreased.
     */
    public boolean onRateLimited(long sequence, long lastSent) {
        if (sequence <= decreasedAfter) {
            return false;
        }
        share = Math.max(MIN, share * DECREASE);
        decreasedAfter = lastSent;
        return true;
    }

    /**
     * A 429 that taught a limit not known before (Groq's RPM shows only in a 429): the pace now follows that limit,
     * so the share stays; answers to requests sent up to {@code lastSent} belong to the same event.
     */
    public void onLimitLearned(long lastSent) {
        decreasedAfter = Math.max(decreasedAfter, lastSent);
    }
}
