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
 * The request side of a {@link RateLimitBudget}: requests per minute (shown by Groq only in a 429 of type
 * {@code requests}, or set by the {@code requestsPerMinute} cap), paced as a refilling bucket, and requests left
 * today ({@code x-ratelimit-remaining-requests}). Pure state on a caller-supplied clock; the queue
 * ({@link RateLimitBucket}) synchronizes.
 */
final class RequestLimits {

    /** Groq's minute as the token headers show it: the request bucket's period once it is learned. */
    private final GroqMinute minute;
    private RefillingBudget paced;
    private Long perMinute;
    /** A lower bound of the request bucket's period, from the delays Groq's request 429s asked for. */
    private Long minuteAtLeast;
    /** The request bucket's period as the shared store holds it (learned by another instance), if taken from it. */
    private Long storedMinute;
    private Long dayRemaining;
    private final boolean explicit;

    /**
     * Limits with the {@code requestsPerMinute} cap, or none ({@code null}) until Groq tells; {@code minute} is the
     * length of Groq's minute as the token headers show it.
     */
    RequestLimits(Long perMinuteCap, GroqMinute minute, long now) {
        this.minute = minute;
        explicit = perMinuteCap != null;
        if (perMinuteCap != null) {
            perMinute = perMinuteCap;
            paced = new RefillingBudget(perMinuteCap, minute.millis(), now);
        }
    }

    /**
     * Reads the day's counters of an answer; {@code sentSince} requests were sent after the answered one. A pair
     * that is inconsistent (remaining above the limit) is ignored. Returns whether they were usable.
     */
    boolean learnDay(Long remaining, Long limit, long sentSince) {
        if (remaining == null || remaining < 0 || (limit != null && (limit <= 0 || remaining > limit))) {
            return false;
        }
        // when the day is used up Groq's 429s say how long to wait; one request at a time asks meanwhile
        dayRemaining = remaining - sentSince;
        return true;
    }

    /**
     * A 429 with Groq's error {@code message} (null: none or not understood); returns whether it was of type
     * {@code requests} per minute, which teaches: its limit is the RPM, its "try again in" bounds the period from
     * below (the bucket is short of one request for at most 1/rate), and the bucket is empty now.
     */
    boolean onRateLimited(RateLimitMessage message, long now) {
        if (message == null || !message.isRequestsPerMinute()) {
            return false;
        }
        perMinute = message.limit();
        if (message.retryMillis() != null && message.retryMillis() > 0) {
            long atLeast = Math.min(GroqMinute.MAX_PERIOD, message.limit() * message.retryMillis());
            minuteAtLeast = minuteAtLeast == null ? atLeast : Math.max(minuteAtLeast, atLeast);
        }
        if (paced == null) {
            paced = new RefillingBudget(message.limit(), period(), now);
        }
        paced.advance(now);
        paced.set(message.limit() - Math.max(message.used(), message.limit()));
        return true;
    }

    /** Whether a 429 with {@code message} would teach the RPM, which was not known before. */
    boolean learnsFrom(RateLimitMessage message) {
        return message != null && message.isRequestsPerMinute() && perMinute == null;
    }

    /**
     * The shared store holds an RPM that another instance learned from Groq's 429 ({@code limit} requests refilled
     * over {@code periodMillis}): this process paces by it too, unless the {@code requestsPerMinute} cap is set.
     * Returns whether it was taken.
     */
    boolean adopt(long limit, long periodMillis, long now) {
        if (explicit) {
            return false;
        }
        perMinute = limit;
        storedMinute = periodMillis;
        if (paced == null) {
            paced = new RefillingBudget(limit, periodMillis, now);
        }
        return true;
    }

    /** Whether the RPM is the {@code requestsPerMinute} cap, which what the store holds never replaces. */
    boolean explicit() {
        return explicit;
    }

    /** The requests left in the per-minute pace when last looked at (the RPM when not paced yet), never below 0. */
    long level() {
        if (paced == null) {
            return perMinute == null ? 0 : perMinute;
        }
        return Math.max(0, (long) Math.floor(paced.level()));
    }

    /** Paces at {@code share} of the RPM. */
    void reshape(double share, long now) {
        if (paced != null) {
            paced.advance(now);
            paced.reshape(share * perMinute, period());
        }
    }

    /**
     * The shared requests-per-minute bucket's shape, once the RPM is known (else null), starting with what this
     * process knows is left.
     */
    SharedBudget.Shape shape() {
        return perMinute == null ? null : new SharedBudget.Shape(perMinute, period(), level());
    }

    /**
     * Groq's minute as the token headers show it, else as the store holds it, else as the request 429s suggest, else
     * the token default.
     */
    private long period() {
        if (minute.learned()) {
            return minute.millis();
        }
        return storedMinute != null ? storedMinute : minuteAtLeast != null ? minuteAtLeast : minute.millis();
    }

    /** Milliseconds until one more request fits the per-minute pace (0 without a known RPM). */
    long millisUntilNext(long now) {
        if (paced == null) {
            return 0;
        }
        paced.advance(now);
        return paced.millisUntil(1);
    }

    /** A request was sent. */
    void take() {
        if (dayRemaining != null) {
            dayRemaining--;
        }
        if (paced != null) {
            paced.take(1);
        }
    }

    /** Whether today's requests are used up, as far as the counters tell. */
    boolean dayUsedUp() {
        return dayRemaining != null && dayRemaining < 1;
    }

    /** Whether any request limit is known. */
    boolean known() {
        return paced != null || dayRemaining != null;
    }

    /** The RPM, when known. */
    Long perMinute() {
        return perMinute;
    }

    /** Requests left today (estimate), when known. */
    Long dayRemaining() {
        return dayRemaining;
    }
}
