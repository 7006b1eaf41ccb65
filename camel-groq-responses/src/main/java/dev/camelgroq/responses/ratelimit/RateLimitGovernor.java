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

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import io.github.bucket4j.distributed.proxy.ProxyManager;

import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedOperation;
import org.apache.camel.api.management.ManagedResource;

/**
 * One per component: a {@link RateLimitBucket} per (API key, model), created on first use. Without a shared store the
 * buckets learn from Groq's own counters and adapt their share on 429s, so several processes sharing an
 * organization's limit converge on it without coordinating; with a Bucket4j {@link ProxyManager} they draw on buckets
 * kept in the store.
 * <p>
 * The number of buckets is bounded: buckets idle for {@link #IDLE_MILLIS} are dropped, and beyond
 * {@link #MAX_BUCKETS} the least recently used idle ones are dropped first.
 */
@ManagedResource(description = "Groq Responses rate-limit governor")
public final class RateLimitGovernor {

    /** A bucket with nothing waiting or in flight for this long is forgotten (it is relearned on next use). */
    public static final long IDLE_MILLIS = 10 * 60_000;
    /** The most (API key, model) buckets kept; idle ones are dropped beyond it. */
    public static final int MAX_BUCKETS = 1_000;

    /** Buckets by (API key, model); the key is only a lookup key here and never shown. */
    private record BucketKey(String apiKey, String model) {
        @Override
        public String toString() {
            return model;
        }
    }

    private final Map<BucketKey, RateLimitBucket> buckets = new ConcurrentHashMap<>();
    private final ScheduledExecutorService scheduler;
    private final Long requestsPerMinute;
    private final Long tokensPerMinute;
    private final int maxPending;
    private final ProxyManager<String> store;
    private final Executor storeExecutor;
    private final LongSupplier clock;
    private final AtomicLong lookups = new AtomicLong();

    public RateLimitGovernor(ScheduledExecutorService scheduler, Integer requestsPerMinute, Integer tokensPerMinute,
                             int maxPending) {
        this(scheduler, requestsPerMinute, tokensPerMinute, maxPending, null, null, System::currentTimeMillis);
    }

    /**
     * A governor whose buckets live in {@code store} (null: in this process); store calls run on
     * {@code storeExecutor}.
     */
    public RateLimitGovernor(ScheduledExecutorService scheduler, Integer requestsPerMinute, Integer tokensPerMinute,
                             int maxPending, ProxyManager<String> store, Executor storeExecutor, LongSupplier clock) {
        this.scheduler = scheduler;
        this.requestsPerMinute = requestsPerMinute == null ? null : requestsPerMinute.longValue();
        this.tokensPerMinute = tokensPerMinute == null ? null : tokensPerMinute.longValue();
        this.maxPending = maxPending;
        this.store = store;
        this.storeExecutor = storeExecutor;
        this.clock = clock;
    }

    /** The bucket of this key and model; the key itself is kept only as a short hash. */
    public RateLimitBucket bucket(String apiKey, String model) {
        BucketKey key = new BucketKey(apiKey, model);
        RateLimitBucket bucket = buckets.get(key);
        if (bucket == null) {
            if (buckets.size() >= MAX_BUCKETS || lookups.incrementAndGet() % 1024 == 0) {
                evictIdle();
            }
            bucket = buckets.computeIfAbsent(key, k -> {
                String id = "groq:" + fingerprint(apiKey, 16) + ":" + model;
                return new RateLimitBucket("key " + fingerprint(apiKey, 4) + " / model " + model, scheduler, clock,
                        requestsPerMinute, tokensPerMinute, maxPending,
                        store == null ? null : new SharedBudget(store, id, storeExecutor, scheduler, clock));
            });
        }
        return bucket;
    }

    /** Drops buckets idle for {@link #IDLE_MILLIS}, and beyond {@link #MAX_BUCKETS} the least recently used idle ones. */
    void evictIdle() {
        long now = clock.getAsLong();
        buckets.entrySet().removeIf(e -> e.getValue().isIdle(now, IDLE_MILLIS));
        int excess = buckets.size() - MAX_BUCKETS + 1;
        if (excess > 0) {
            buckets.entrySet().stream().filter(e -> e.getValue().isIdle(now, 0))
                    .sorted(Comparator.comparingLong(e -> e.getValue().lastUsed())).limit(excess).toList()
                    .forEach(e -> buckets.remove(e.getKey(), e.getValue()));
        }
    }

    /** How many (API key, model) buckets are kept. */
    @ManagedAttribute(description = "How many (API key, model) buckets are kept")
    public int getBucketCount() {
        return buckets.size();
    }

    /** Snapshots of every bucket. */
    public List<RateLimitBucket.Snapshot> snapshots() {
        List<RateLimitBucket.Snapshot> list = new ArrayList<>();
        buckets.values().forEach(b -> list.add(b.snapshot()));
        return list;
    }

    @ManagedAttribute(description = "Requests waiting for budget, over all models")
    public int getQueued() {
        return snapshots().stream().mapToInt(RateLimitBucket.Snapshot::queued).sum();
    }

    @ManagedAttribute(description = "Requests admitted, over all models")
    public long getAdmitted() {
        return snapshots().stream().mapToLong(RateLimitBucket.Snapshot::admitted).sum();
    }

    @ManagedAttribute(description = "Requests that had to wait for budget")
    public long getDelayed() {
        return snapshots().stream().mapToLong(RateLimitBucket.Snapshot::delayed).sum();
    }

    @ManagedAttribute(description = "429 answers seen")
    public long getRateLimitedAnswers() {
        return snapshots().stream().mapToLong(RateLimitBucket.Snapshot::rateLimitedAnswers).sum();
    }

    @ManagedAttribute(description = "Requests refused: queue full, or budget gone for longer than rateLimitMaxWait"
                                    + " (retryMaxDelay when it is 0) allows")
    public long getRejected() {
        return snapshots().stream().mapToLong(RateLimitBucket.Snapshot::rejected).sum();
    }

    @ManagedOperation(description = "The state of every (key, model) bucket")
    public String describe() {
        StringBuilder s = new StringBuilder();
        for (RateLimitBucket.Snapshot b : snapshots()) {
            s.append(b).append('\n');
        }
        return s.toString();
    }

    private static String fingerprint(String apiKey, int bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(apiKey.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
