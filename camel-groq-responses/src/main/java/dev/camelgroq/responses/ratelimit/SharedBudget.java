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
 * <p>
 * The requests-per-minute limit, which Groq shows only in a 429, is learned once for the fleet: an instance that does
 * not know it draws on the {@link #REQUESTS} bucket all the same, created as a {@link #UNKNOWN_RPM placeholder} that
 * never refuses; the instance that gets the 429 puts the limit there ({@link #limitLearned}), drained to what Groq
 * left, so every instance is paced by it from its next request on. The placeholder is told from a learned limit by
 * the request's probe (its remaining tokens); an instance reads the stored limit when it sees it is learned, and
 * again every {@link #LIMIT_REFRESH_MILLIS} (a later 429 elsewhere may have changed it), to pace by it locally too
 * when the store is unavailable. An instance with an explicit {@code requestsPerMinute} never takes the stored limit
 * for its own: it puts its cap in the store before its first request.
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
     * The capacity of the placeholder {@link #REQUESTS} bucket, created while no instance knows the RPM: far above any
     * RPM (a probe with more than half of it left is taken as the placeholder), refilled every minute.
     */
    static final long UNKNOWN_RPM = 10_000_000;
    /** How often an instance that paces by a stored (or its own) RPM reads the stored one again. */
    static final long LIMIT_REFRESH_MILLIS = 10_000;
    private static final Shape PLACEHOLDER = new Shape(UNKNOWN_RPM, 60_000, UNKNOWN_RPM);

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

        /** The shape of a stored configuration, or null for the placeholder; {@code initial} is not stored: 0. */
        static Shape of(BucketConfiguration configuration) {
            Bandwidth limit = configuration.getBandwidths()[0];
            if (limit.getCapacity() >= UNKNOWN_RPM / 2 || limit.getRefillTokens() <= 0) {
                return null;
            }
            double period = limit.getRefillPeriodNanos() / 1e6 * limit.getCapacity() / limit.getRefillTokens();
            return new Shape(limit.getCapacity(), Math.max(1, Math.round(period)), 0);
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
    private final LongSupplier clock;
    /** When the stored RPM is read again (only on the lane). */
    private long nextRead;
    /** The tokens {@link #lowerTo} drained from the shared tokens bucket, in all (only on the lane). */
    private long drained;
    /**
     * The excess the previous {@link #lowerTo} saw, plus {@link #drained} at that moment (only on the lane); 0 before
     * the first: a drain needs two answers in a row that show it.
     */
    private long previousExcess;

    SharedBudget(ProxyManager<String> store, String key, Executor executor, ScheduledExecutorService scheduler,
                 LongSupplier clock) {
        this.store = store;
        this.key = key;
        this.clock = clock;
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
     * What the store answered a {@link #tryTake}: {@code waitMillis} 0 when taken, else the milliseconds to wait
     * before trying again (nothing is taken then); {@code requests} the RPM stored by another instance when it
     * differs from the caller's (else null): the caller paces by it from now on; {@code mark}, when tokens were
     * taken, the tokens the shared bucket held after the take plus those this process had drained from it until then
     * (else -1): the answer's {@link #lowerTo} compares it with what Groq counted when the request arrived.
     */
    record Take(long waitMillis, Shape requests, long mark) {

        Take(long waitMillis, Shape requests) {
            this(waitMillis, requests, -1);
        }
    }

    /**
     * Takes one request and {@code tokens} tokens ({@code tokenShape} null: a probe, before the tokens bucket's size
     * is known: one request only). {@code requests} is the caller's RPM, null when unknown; {@code explicit} whether
     * it is the {@code requestsPerMinute} cap, which the stored limit never replaces. The tokens are taken first:
     * they are what an LLM's budget runs short of, and a refusal then costs one store call, not three.
     */
    CompletableFuture<Take> tryTake(long tokens, Shape tokenShape, Shape requests, boolean explicit) {
        return lane.submit(() -> {
            BucketProxy tokenBucket = null;
            ConsumptionProbe tokenProbe = null;
            long tokensTaken = tokenShape == null ? 0 : Math.min(tokens, tokenShape.capacity());
            if (tokenShape != null) {
                tokenBucket = bucket(TOKENS, tokenShape);
                tokenProbe = tokenBucket.tryConsumeAndReturnRemaining(tokensTaken);
                if (!tokenProbe.isConsumed()) {
                    return new Take(nanosToMillis(tokenProbe.getNanosToWaitForRefill()), null);
                }
            }
            BucketProxy requestBucket = bucket(REQUESTS, requests == null ? PLACEHOLDER : requests);
            if (explicit && !followed.containsKey(REQUESTS)) {
                // the operator's cap wins over what the fleet learned (until Groq's own 429 says otherwise)
                put(requestBucket, requests);
            }
            ConsumptionProbe probe = requestBucket.tryConsumeAndReturnRemaining(1);
            Shape taught = null;
            if (probe.isConsumed() && probe.getRemainingTokens() >= UNKNOWN_RPM / 2) {
                if (requests != null) {
                    // the placeholder: this instance knows the limit before the store does (its write is under way)
                    put(requestBucket, requests);
                }
            } else if (!explicit && (requests == null || clock.getAsLong() >= nextRead)) {
                taught = stored(requests);
            }
            if (!probe.isConsumed()) {
                if (tokenBucket != null) {
                    tokenBucket.addTokens(tokensTaken);
                }
                return new Take(nanosToMillis(probe.getNanosToWaitForRefill()), taught);
            }
            return new Take(0, taught, tokenProbe == null ? -1 : tokenProbe.getRemainingTokens() + drained);
        });
    }

    /** The stored RPM when it is learned and differs from {@code known} (else null); runs on the lane. */
    private Shape stored(Shape known) {
        nextRead = clock.getAsLong() + LIMIT_REFRESH_MILLIS;
        Shape stored = store.getProxyConfiguration(key + REQUESTS).map(Shape::of).orElse(null);
        if (stored == null || !stored.differsFrom(known)) {
            return null;
        }
        followed.put(REQUESTS, stored);
        return stored;
    }

    /**
     * Returns an over-reservation to the shared tokens bucket; {@code tokens} negative: charges it what an answer
     * used beyond its reservation (skipped while the store is unavailable).
     */
    CompletableFuture<Void> give(long tokens, Shape tokenShape) {
        if (!available()) {
            return CompletableFuture.completedFuture(null);
        }
        return lane.submit(() -> {
            if (tokens >= 0) {
                bucket(TOKENS, tokenShape).addTokens(tokens);
            } else {
                bucket(TOKENS, tokenShape).consumeIgnoringRateLimits(-tokens);
            }
            return null;
        });
    }

    /**
     * Groq reports {@code remaining} (plus what refilled since): drains the shared bucket to it when the bucket holds
     * more, and the previous answer showed such an excess too (skipped while the store is unavailable).
     * <p>
     * One answer's counters are no proof: Groq counted {@code counted} left when the request arrived, the whole
     * inputs of the requests it was processing included, and the cached parts of those have come back since, to Groq
     * and (with their answers) to the store; requests that the store admitted after this one may have reached Groq
     * first. So no more is drained than the store held above {@code counted} right after it took the request's
     * tokens ({@code mark} of its {@link Take}, less what this process drained since; -1: the store did not take
     * them), nor more than the previous answer showed (less what was drained since): an excess that a fleet's
     * reordered or cached tokens fake does not last from one answer to the next, one that is real (tokens spent
     * outside the store, a refill faster than Groq's) does.
     */
    CompletableFuture<Void> lowerTo(long remaining, long counted, long mark, Shape tokenShape) {
        if (!available()) {
            return CompletableFuture.completedFuture(null);
        }
        return lane.submit(() -> {
            BucketProxy bucket = bucket(TOKENS, tokenShape);
            long seen = bucket.getAvailableTokens() - Math.max(0, remaining);
            if (mark >= 0) {
                seen = Math.min(seen, mark - drained - counted);
            }
            long excess = Math.min(seen, previousExcess - drained);
            previousExcess = seen + drained;
            if (excess > 0) {
                bucket.consumeIgnoringRateLimits(excess);
                drained += excess;
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
            BucketProxy bucket = bucket(suffix, shape);
            if (REQUESTS.equals(suffix)) {
                put(bucket, shape); // it may hold the placeholder
            } else {
                bucket.replaceConfiguration(shape.configuration(), TokensInheritanceStrategy.AS_IS);
            }
            return true;
        });
        written.whenComplete((ok, failure) -> {
            if (failure != null) {
                followed.remove(suffix, shape);
            }
        });
        return written;
    }

    /**
     * A 429 taught this process the RPM ({@code requests}, its {@code initial} what Groq left): the stored
     * {@link #REQUESTS} bucket takes its shape, drained to what Groq left, so that every instance is paced by it from
     * its next request on. Completes with whether the store was written; a failure leaves the next {@link #follow} to
     * try again.
     */
    CompletableFuture<Boolean> limitLearned(Shape requests) {
        followed.put(REQUESTS, requests);
        CompletableFuture<Boolean> written = lane.submit(() -> {
            put(bucket(REQUESTS, requests), requests);
            return true;
        });
        written.whenComplete((ok, failure) -> {
            if (failure != null) {
                followed.remove(REQUESTS, requests);
            }
        });
        return written;
    }

    /**
     * Gives the stored requests bucket {@code shape}, with no more left than its {@code initial} (what this process
     * knows is left); runs on the lane.
     */
    private void put(BucketProxy bucket, Shape shape) {
        bucket.replaceConfiguration(shape.configuration(), TokensInheritanceStrategy.AS_IS);
        long excess = bucket.getAvailableTokens() - Math.max(0, shape.initial());
        if (excess > 0) {
            bucket.consumeIgnoringRateLimits(excess);
        }
        followed.put(REQUESTS, shape);
    }

    private static long nanosToMillis(long nanos) {
        return Math.max(1, (nanos + 999_999) / 1_000_000);
    }
}
