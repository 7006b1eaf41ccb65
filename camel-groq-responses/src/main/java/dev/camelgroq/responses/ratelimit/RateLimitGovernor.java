package dev.camelgroq.responses.ratelimit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;

import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedOperation;
import org.apache.camel.api.management.ManagedResource;

/**
 * One per component: a {@link RateLimitBucket} per (API key, model), created on first use. Because the buckets learn
 * from Groq's own counters, several processes sharing an organization's limit stay within it without coordinating.
 */
@ManagedResource(description = "Groq Responses rate-limit governor")
public final class RateLimitGovernor {

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

    public RateLimitGovernor(ScheduledExecutorService scheduler, Integer requestsPerMinute, Integer tokensPerMinute,
                             int maxPending) {
        this.scheduler = scheduler;
        this.requestsPerMinute = requestsPerMinute == null ? null : requestsPerMinute.longValue();
        this.tokensPerMinute = tokensPerMinute == null ? null : tokensPerMinute.longValue();
        this.maxPending = maxPending;
    }

    /** The bucket of this key and model; the key itself is kept only as a short hash. */
    public RateLimitBucket bucket(String apiKey, String model) {
        return buckets.computeIfAbsent(new BucketKey(apiKey, model), k -> new RateLimitBucket(
                "key " + fingerprint(apiKey) + " / model " + model, scheduler, System::currentTimeMillis,
                requestsPerMinute, tokensPerMinute, maxPending));
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

    @ManagedAttribute(description = "Requests refused: queue full or budget gone for longer than retryMaxDelay")
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

    private static String fingerprint(String apiKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(apiKey.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
