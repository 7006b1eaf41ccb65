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
 * A token bucket that refills continuously, as Groq's limits do: a capacity, a refill rate and the level at the last
 * moment it was looked at. The level may go below zero (a debt, when more was sent than the estimate allowed). Pure
 * arithmetic on a caller-supplied clock; the caller synchronizes.
 */
public final class RefillingBudget {

    private double capacity;
    private double perMilli;
    private double level;
    private long at;

    /** A full bucket of {@code capacity}, refilled completely over {@code periodMillis}. */
    public RefillingBudget(double capacity, double periodMillis, long now) {
        this.at = now;
        reshape(capacity, periodMillis);
        this.level = this.capacity;
    }

    /** Changes capacity and refill period; the level is kept (within the new capacity). */
    public void reshape(double newCapacity, double periodMillis) {
        this.capacity = Math.max(1, newCapacity);
        this.perMilli = this.capacity / Math.max(1, periodMillis);
        this.level = Math.min(level, this.capacity);
    }

    /** Refills for the time passed since the last call. */
    public void advance(long now) {
        if (now > at) {
            level = Math.min(capacity, level + (now - at) * perMilli);
            at = now;
        }
    }

    /**
     * Whether {@code amount} can be taken now. A request larger than the whole capacity can never fit: it is let
     * through when the bucket is full (Groq then answers 413, which is better than waiting forever).
     */
    public boolean covers(double amount) {
        return level >= Math.min(amount, capacity);
    }

    /** Milliseconds until {@link #covers(double)} holds, if nothing else is taken meanwhile. */
    public long millisUntil(double amount) {
        double missing = Math.min(amount, capacity) - level;
        return missing <= 0 ? 0 : (long) Math.ceil(missing / perMilli);
    }

    /** Takes {@code amount} (the level may go negative). */
    public void take(double amount) {
        level -= amount;
    }

    /** Returns {@code amount} (an over-reservation), up to the capacity. */
    public void give(double amount) {
        level = Math.min(capacity, level + Math.max(0, amount));
    }

    /** Sets the level to what the server reported, within the capacity. */
    public void set(double newLevel) {
        level = Math.min(capacity, newLevel);
    }

    public double level() {
        return level;
    }

    public double capacity() {
        return capacity;
    }

    /** The time a refill from empty to full takes. */
    public double periodMillis() {
        return capacity / perMilli;
    }
}
