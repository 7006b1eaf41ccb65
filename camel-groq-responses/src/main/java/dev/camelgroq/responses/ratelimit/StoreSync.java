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
 * Keeps a {@link RateLimitBudget} and the shared store in step: whether the store decides admissions now, when it
 * said it has room, and the writes that put what the budget learned into it. Pure state on a caller-supplied clock;
 * the writes return at once.
 */
final class StoreSync {

    /**
     * The shared store as the model sees it: whether it decides now, and the writes that put what was learned into
     * it (they return at once; the caller's implementation runs them elsewhere and reports failures).
     */
    interface Store {

        /** Whether the store decides admissions now (false while it failed or was slow a moment ago). */
        boolean available();

        /**
         * Lowers the shared tokens bucket to {@code remaining} (what Groq said is left, plus what refilled since),
         * never raising it; Groq counted {@code counted} when the request arrived, and the store took the request's
         * tokens with {@code storeMark} (-1: it did not): see {@link SharedBudget#lowerTo}.
         */
        void lowerTo(long remaining, long counted, long storeMark, SharedBudget.Shape tokens);

        /**
         * Returns {@code tokens} reserved but not used to the shared tokens bucket; negative: charges it what Groq
         * counted beyond the reservation.
         */
        void give(long tokens, SharedBudget.Shape tokenShape);

        /** Puts a learned shape into the shared bucket {@code suffix} ({@link SharedBudget#TOKENS}, ...). */
        void follow(String suffix, SharedBudget.Shape shape);

        /** A 429 taught the RPM: puts it into the shared requests bucket, drained to what Groq left. */
        void limitLearned(SharedBudget.Shape requests);
    }

    private final Store store;
    private long readyAt;
    /** The gives of tokens to the shared store so far (a count): the store may have room sooner than it said. */
    private long gives;

    StoreSync(Store store) {
        this.store = store;
    }

    /** Whether the store decides admissions now (false while it failed or was slow a moment ago). */
    boolean available() {
        return store.available();
    }

    /** When the store has room, as it said last (0 when it was not asked yet, or has room again since). */
    long readyAt() {
        return readyAt;
    }

    /**
     * The shared store refused a request asked when {@link #gives()} was {@code givesAtAsk}: it has room in
     * {@code waitMillis} by its refill, or sooner when this process gave tokens back to it since it was asked (the
     * store's wait counts only its refill, not the cached tokens that answers give back within a latency).
     */
    void answered(long waitMillis, long givesAtAsk, long now) {
        readyAt = gives != givesAtAsk ? now : now + waitMillis;
    }

    /** The gives of tokens to the shared store so far (a count, for {@link #answered(long, long, long)}). */
    long gives() {
        return gives;
    }

    /**
     * Returns {@code tokens} reserved but not used to the shared tokens bucket of shape {@code tokenShape}; negative:
     * charges it what Groq counted beyond the reservation.
     */
    void give(long tokens, SharedBudget.Shape tokenShape) {
        if (tokens < 0) {
            // Groq counted more than the reservation: the shared bucket is charged the rest
            store.give(tokens, tokenShape);
        } else if (tokens > 0) {
            store.give(tokens, tokenShape);
            // the store has room again, sooner than the refill it named when it refused the head of the queue: the
            // head asks again (after this give, in the store's order)
            gives++;
            readyAt = 0;
        }
    }

    /**
     * Puts what an answer's token headers taught into the store: the tokens bucket is lowered to {@code remaining}
     * (see {@link Store#lowerTo}); then, once the length of Groq's minute is learned, the shared buckets, which were
     * created with what was known then (perhaps a 60 s guess), take the learned shapes ({@code requests} null: the
     * RPM is not known), so that the whole fleet paces at the learned rate. A guess is never put: before the minute
     * is learned the store keeps what it has.
     */
    void learned(long remaining, long counted, long storeMark, SharedBudget.Shape tokens, SharedBudget.Shape requests,
                 boolean minuteLearned) {
        store.lowerTo(remaining, counted, storeMark, tokens);
        if (!minuteLearned) {
            return;
        }
        store.follow(SharedBudget.TOKENS, tokens);
        if (requests != null) {
            store.follow(SharedBudget.REQUESTS, requests);
        }
    }

    /**
     * A 429 taught the RPM ({@code requests}): learned once for the fleet, the other instances are paced by it from
     * their next request on.
     */
    void limitLearned(SharedBudget.Shape requests) {
        store.limitLearned(requests);
    }
}
