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

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.LongSupplier;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TokensInheritanceStrategy;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.proxy.ProxyManager;

/**
 * The budget of one (API key, model) kept in a Bucket4j store that several processes share: a tokens-per-minute
 * bucket and, once its limit is known, a requests-per-minute bucket. Store calls (JDBC for PostgreSQL) run on
 * {@code executor}, never on the caller's thread, one at a time per budget ({@link StoreLane}): each has a deadline,
 * a locked row of one model never delays another model, and while the store failed or was slow a moment ago the
 * budget is not {@link #available()}, so the caller decides on its local estimate.
 * <p>
 * A bucket is created in the store with the shape known at that moment, which may be a guess (Groq's minute taken as
 * 60 s before the headers showed its length). What the local model learns later is put in the store with
 * {@link #follow}: the stored configuration is replaced, so every instance paces at the learned refill rate and
 * capacity, and a limit that Groq changes reaches the whole fleet.
 */
final class SharedBudget {

    /** The tokens-per-minute bucket's key suffix. */
    static final String TOKENS = ":tpm";
    /** The requests-per-minute bucket's key suffix. */
    static final String REQUESTS = ":rpm";
    /**
     * How far (relative) a learned capacity or refill period may drift from what this process last put in the store
     * before the stored configuration is replaced: learning noise does not cost a store write per answer.
     */
    static final double RESHAPE_TOLERANCE = 0.05;

    /**
     * The shape of one bucket: its capacity, refilled completely over {@code periodMillis}; a bucket created in the
     * store starts with {@code initial} (what Groq last reported remaining), not full.
     */
    record Shape(long capacity, long periodMillis, long initial) {
        /** Whether capacity or period differ from {@code other}'s by more than {@link #RESHAPE_TOLERANCE}. */
        boolean differsFrom(Shape other) {
            return other == null || apart(capacity, other.capacity) || apart(periodMillis, other.periodMillis);
        }

        private static boolean apart(long a, long b) {
            return Math.abs(a - b) > RESHAPE_TOLERANCE * Math.max(1, Math.max(a, b));
        }

        BucketConfiguration configuration() {
            return BucketConfiguration.builder().addLimit(Bandwidth.builder().capacity(capacity)
                    .refillGreedy(capacity, Duration.ofMillis(Math.max(1, periodMillis))).build()
                    .withInitialTokens(Math.max(0, Math.min(capacity, initial)))).build();
        }
    }

    private final ProxyManager<String> store;
    private final String key;
    private final StoreLane lane;
    /** The learned shape this process last put in the store, per bucket suffix. */
    private final Map<String, Shape> followed = new ConcurrentHashMap<>();

    SharedBudget(ProxyManager<String> store, String key, Executor executor, ScheduledExecutorService scheduler,
                 LongSupplier clock) {
        this.store = store;
        this.key = key;
        this.lane = new StoreLane(key, executor, scheduler, clock);
    }

    /** Whether the store is asked now; false for a while after a store call failed or missed its deadline. */
    boolean available() {
        return lane.open();
    }

    private BucketProxy bucket(String suffix, Shape shape) {
        return store.builder().build(key + suffix, shape::configuration);
    }

    /**
     * Takes one request (when {@code requests} is known) and {@code tokens} tokens; completes with 0 when taken, else
     * with the milliseconds to wait before trying again (nothing is taken then).
     */
    CompletableFuture<Long> tryTake(long tokens, Shape tokenShape, Shape requests) {
        return lane.submit(() -> {
            BucketProxy requestBucket = requests == null ? null : bucket(":rpm", requests);
            if (requestBucket != null) {
                ConsumptionProbe probe = requestBucket.tryConsumeAndReturnRemaining(1);
                if (!probe.isConsumed()) {
                    return nanosToMillis(probe.getNanosToWaitForRefill());
                }
            }
            ConsumptionProbe probe = bucket(":tpm", tokenShape)
                    .tryConsumeAndReturnRemaining(Math.min(tokens, tokenShape.capacity()));
            if (probe.isConsumed()) {
                return 0L;
            }
            if (requestBucket != null) {
                requestBucket.addTokens(1);
            }
            return nanosToMillis(probe.getNanosToWaitForRefill());
        });
    }

    /** Returns an over-reservation to the shared tokens bucket (skipped while the store is unavailable). */
    CompletableFuture<Void> give(long tokens, Shape tokenShape) {
        if (!available()) {
            return CompletableFuture.completedFuture(null);
        }
        return lane.submit(() -> {
            bucket(":tpm", tokenShape).addTokens(tokens);
            return null;
        });
    }

    /**
     * Groq reports {@code remaining} (plus what refilled since): drains the shared bucket to it when the bucket holds
     * more (skipped while the store is unavailable).
     */
    CompletableFuture<Void> lowerTo(long remaining, Shape tokenShape) {
        if (!available()) {
            return CompletableFuture.completedFuture(null);
        }
        return lane.submit(() -> {
            BucketProxy bucket = bucket(":tpm", tokenShape);
            long excess = bucket.getAvailableTokens() - Math.max(0, remaining);
            if (excess > 0) {
                bucket.consumeIgnoringRateLimits(excess);
            }
            return null;
        });
    }

    /**
     * The local model learned {@code shape} for the bucket {@code suffix} ({@link #TOKENS} or {@link #REQUESTS}): when
     * it differs from what this process last put in the store (or nothing was put yet), the stored configuration is
     * replaced by it, the tokens in the bucket kept as they are (within the new capacity). Completes with whether
     * the store was written; a failed write is tried again on the next call. Called by one bucket, under its lock.
     */
    CompletableFuture<Boolean> follow(String suffix, Shape shape) {
        if (!shape.differsFrom(followed.get(suffix))) {
            return CompletableFuture.completedFuture(false);
        }
        followed.put(suffix, shape);
        CompletableFuture<Boolean> written = lane.submit(() -> {
            bucket(suffix, shape).replaceConfiguration(shape.configuration(), TokensInheritanceStrategy.AS_IS);
            return true;
        });
        written.whenComplete((ok, failure) -> {
            if (failure != null) {
                followed.remove(suffix, shape);
            }
        });
        return written;
    }

    private static long nanosToMillis(long nanos) {
        return Math.max(1, (nanos + 999_999) / 1_000_000);
    }
}
