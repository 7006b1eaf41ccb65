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
 * How much of a budget that others may spend too a process takes when it governs alone (no shared store), as TCP
 * shares a link: a window on the tokens in flight (slow start: an eighth of the bucket, x1.5 per round trip) and
 * an {@link AimdShare AIMD share} of the refill rate. Others show up as a 429 or, earlier, in Groq's counters falling
 * faster than this process's own requests explain. Pure state; the queue ({@link RateLimitBucket}) synchronizes.
 */
final class CongestionControl {

    private static final double UNBOUNDED = Double.MAX_VALUE;
    /** Slow start grows the window by this much of each answered request: x1.5 per round trip. */
    private static final double SLOW_START_GROWTH = 0.5;

    private final AimdShare share = new AimdShare();
    /** The tokens that may be in flight: negative until the bucket's capacity is known, unbounded after slow start. */
    private double window = -1;
    private boolean othersSuspected;
    private double othersMeasured;
    /** What stays spent of this process's requests since the measurement began: sent less cached given back. */
    private double mineMeasured;
    /** The tokens this process sent since the measurement began, whole: what others are first seen against. */
    private double mineSent;
    /** The tokens sent up to the request whose counters were read last. */
    private long sentMark;
    /** The same, less the cached tokens given back before that request was sent. */
    private long spentMark;
    /** The newest request sent when Groq's bucket was first seen roomy, -1 when it was not at the last reading. */
    private long roomySince = -1;
    /** What others took since then. */
    private double othersWhileRoomy;

    /** This process's share of the refill rate, between {@link AimdShare#MIN} and 1. */
    double share() {
        return share.value();
    }

    /**
     * Whether a request of {@code tokens} may go with {@code inFlightTokens} in flight, in a bucket of
     * {@code capacity}. One request may always go when nothing is in flight.
     */
    boolean admits(long inFlightTokens, long tokens, double capacity) {
        if (window < 0) {
            window = capacity / 8;
        }
        if (window >= capacity) {
            window = UNBOUNDED;
        }
        return inFlightTokens == 0 || inFlightTokens + tokens <= window;
    }

    /** A request of {@code tokens} was settled (answered, or failed without an answer). */
    void onSettled(long tokens) {
        grow(tokens);
    }

    /** An answer other than a 429. */
    void onSuccess() {
        share.onSuccess();
    }

    /**
     * A 429 to request number {@code sequence} when {@code lastSent} was the newest one sent and
     * {@code inFlightTokens} are still in flight: the share halves once per congestion event. Without others in
     * sight the 429 ends slow start (the budget, not the window, limits from now on).
     */
    void onRateLimited(long sequence, long lastSent, long inFlightTokens) {
        if (share.onRateLimited(sequence, lastSent) && othersSuspected) {
            narrow(inFlightTokens);
        } else if (!othersSuspected) {
            window = UNBOUNDED;
        }
    }

    /**
     * A 429 taught a limit not known before (the RPM): the share stays, since the pace follows the limit from now on,
     * and slow start ends as on any 429 while no others are in sight.
     */
    void onLimitLearned(long lastSent) {
        share.onLimitLearned(lastSent);
        if (!othersSuspected) {
            window = UNBOUNDED;
        }
    }

    /**
     * Groq's counters were read for the request that brought the tokens sent to {@code sentUpTo}: they show that
     * others took {@code othersTook} tokens since the previous reading (noise when small or negative). Measured over
     * a quarter of the bucket at a time, what this process took of the whole becomes its share (plus a little, to
     * find capacity others leave): shares measured this way add up to the whole budget. Groq's counters show what
     * stays spent (others' cached prompt tokens came back to the bucket), so this process's part is measured the same
     * way: {@code spentUpTo} is {@code sentUpTo} less the cached tokens given back before the request was sent.
     * {@code left} is what Groq's bucket held, less this process's requests it had not counted yet: room that stays
     * unused for a round trip lets a measured share grow back.
     */
    void onCounters(double othersTook, long sentUpTo, long spentUpTo, long capacity, long sequence, long lastSent,
                    long inFlightTokens, long left) {
        long mine = sentUpTo - sentMark;
        long mineSpent = spentUpTo - spentMark;
        sentMark = sentUpTo;
        spentMark = spentUpTo;
        if (mine < 0) {
            return;
        }
        if (regrows(othersTook, left, capacity, sequence, lastSent)) {
            return;
        }
        othersMeasured += othersTook;
        mineMeasured += mineSpent;
        mineSent += mine;
        if (!othersSuspected && othersAreSeen(othersMeasured, mineSent, capacity)) {
            // a few of their requests are enough: slow start stops growing and the share halves, as on a 429,
            // until the share is measured
            othersSuspected = true;
            share.onRateLimited(sequence, lastSent);
            narrow(inFlightTokens);
        }
        if (mineMeasured + Math.max(0, othersMeasured) < capacity / 4.0) {
            return;
        }
        double others = Math.max(0, othersMeasured);
        double measured = Math.max(0, mineMeasured);
        othersMeasured = 0;
        mineMeasured = 0;
        mineSent = 0;
        if (others >= capacity / 20.0 && !othersSuspected) {
            window = UNBOUNDED;
        }
        share.onMeasured(measured / (measured + others));
    }

    /**
     * Whether a measured share grows back: Groq's bucket held a third of its capacity or more ({@code left}) at every
     * reading for a round trip (a request sent after the first such reading was counted) while others took less than
     * a twentieth of it. The share then grows by {@link AimdShare#REGROWTH} and the measurement starts over, since
     * what others took before is gone; a bucket that drains, or others who spend, stop it.
     */
    private boolean regrows(double othersTook, long left, long capacity, long sequence, long lastSent) {
        if (left < capacity / 3.0) {
            roomySince = -1;
            return false;
        }
        if (roomySince < 0) {
            roomySince = lastSent;
            othersWhileRoomy = 0;
        }
        othersWhileRoomy += Math.max(0, othersTook);
        if (sequence <= roomySince) {
            // the round trip is not over: no request sent after the first roomy reading has been counted yet
            return false;
        }
        boolean idle = othersWhileRoomy < capacity / 20.0;
        roomySince = lastSent;
        othersWhileRoomy = 0;
        if (!idle || !othersSuspected || share.value() >= 1) {
            return false;
        }
        share.onRoom();
        othersMeasured = 0;
        mineMeasured = 0;
        mineSent = 0;
        return true;
    }

    /**
     * The tokens that others are estimated to have in flight, unseen in Groq's counters, when this process has
     * {@code inFlightTokens} in flight: nothing until others are seen, then as much as this process has in flight for
     * each share others take of the budget (at most half of {@code capacity}).
     */
    long othersInFlight(long inFlightTokens, long capacity) {
        if (!othersSuspected) {
            return 0;
        }
        double s = share.value();
        return (long) Math.min(capacity / 2.0, inFlightTokens * (1 - s) / s);
    }

    /** The first counters read: what was sent (and spent) so far is the mark the next reading is measured from. */
    void markSent(long sentUpTo, long spentUpTo) {
        sentMark = sentUpTo;
        spentMark = spentUpTo;
    }

    /**
     * Whether Groq's counters show others: they took a twentieth of the bucket and at least half as much as this
     * process did meanwhile (smaller gaps are this process's own estimates falling short of Groq's counts).
     */
    static boolean othersAreSeen(double others, double mine, long capacity) {
        return others >= capacity / 20.0 && others >= mine / 2;
    }

    /**
     * The window after an answer: slow start grows x1.5 per round trip (x2, as in TCP, overshot a hidden RPM by more);
     * with others seen, by about one request per round trip.
     */
    private void grow(long tokens) {
        if (window < 0 || window == UNBOUNDED) {
            // before the capacity is known (the probe's answer) slow start has not begun
            return;
        }
        window += othersSuspected ? (double) tokens * tokens / Math.max(1, window) : tokens * SLOW_START_GROWTH;
    }

    /**
     * Others' requests in flight are invisible in Groq's counters until they are answered: once others are seen, this
     * process keeps at most half of what it has in flight now, then widens by about one request per round trip.
     */
    private void narrow(long inFlightTokens) {
        window = Math.max(1, Math.min(window < 0 ? UNBOUNDED : window, inFlightTokens * AimdShare.DECREASE));
    }
}
