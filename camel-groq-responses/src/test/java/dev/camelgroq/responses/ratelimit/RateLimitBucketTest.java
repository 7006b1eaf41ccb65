package dev.camelgroq.responses.ratelimit;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicLong;

import dev.camelgroq.responses.GroqResponsesException;
import dev.camelgroq.responses.response.RateLimitHeaders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The token-bucket arithmetic of one (key, model), on a clock the test moves by hand. */
class RateLimitBucketTest {

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    private RateLimitBucket bucket(Long rpm, Long tpm, int maxPending) {
        return new RateLimitBucket("test", scheduler, now::get, rpm, tpm, maxPending);
    }

    private static RateLimitHeaders headers(long remainingRequests, long remainingTokens, long resetTokensMillis) {
        return new RateLimitHeaders(1000L, 6000L, remainingRequests, remainingTokens, 60_000L, resetTokensMillis,
                null);
    }

    @Test
    void beforeTheFirstAnswerOnlyOneProbeIsInFlight() {
        RateLimitBucket bucket = bucket(null, null, 10);
        CompletableFuture<Permit> probe = bucket.acquire(10, null, 10, 60_000);
        CompletableFuture<Permit> second = bucket.acquire(10, null, 10, 60_000);
        assertThat(probe).isCompleted();
        assertThat(second).isNotDone();
        bucket.onAnswer(probe.join(), headers(999, 5000, 1000), 200, 5L, 15L);
        assertThat(second).isCompleted();
    }

    @Test
    void staticRequestCapAdmitsThatManyPerMinute() {
        RateLimitBucket bucket = bucket(2L, null, 10);
        CompletableFuture<Permit> a = bucket.acquire(1, null, 1, 120_000);
        CompletableFuture<Permit> b = bucket.acquire(1, null, 1, 120_000);
        CompletableFuture<Permit> c = bucket.acquire(1, null, 1, 120_000);
        assertThat(a).isCompleted();
        assertThat(b).isCompleted();
        assertThat(c).isNotDone();
        bucket.onAnswer(a.join(), null, 200, 1L, 2L);
        bucket.onAnswer(b.join(), null, 200, 1L, 2L);
        assertThat(c).as("answers without headers do not lift a static cap").isNotDone();
        now.addAndGet(60_000);
        CompletableFuture<Permit> d = bucket.acquire(1, null, 1, 120_000);
        assertThat(c).isCompleted();
        assertThat(c.join().waitedMillis()).isEqualTo(60_000);
        assertThat(d).isCompleted();
        assertThat(bucket.snapshot().delayed()).isEqualTo(1);
    }

    @Test
    void tokenBudgetFromHeadersGatesAdmissionUntilItResets() {
        RateLimitBucket bucket = bucket(null, null, 10);
        Permit probe = bucket.acquire(100, 100L, 100, 60_000).join();
        bucket.onAnswer(probe, headers(999, 1000, 2000), 200, 100L, 200L);
        // each request now reserves 500 input + 100 output (the learned average, capped by max output)
        CompletableFuture<Permit> first = bucket.acquire(500, 100L, 256, 60_000);
        CompletableFuture<Permit> second = bucket.acquire(500, 100L, 256, 60_000);
        assertThat(first).isCompleted();
        assertThat(first.join().tokens()).isEqualTo(600);
        assertThat(second).isNotDone();
        assertThat(bucket.snapshot().remainingTokens()).isEqualTo(400);
        now.addAndGet(2000);
        bucket.onNoAnswer(first.join());
        assertThat(second).isCompleted();
    }

    @Test
    void overReservedTokensAreGivenBack() {
        RateLimitBucket bucket = bucket(null, null, 10);
        Permit probe = bucket.acquire(10, null, 10, 60_000).join();
        bucket.onAnswer(probe, headers(999, 5000, 60_000), 200, 10L, 20L);
        Permit permit = bucket.acquire(1000, null, 256, 60_000).join();
        long reserved = permit.tokens();
        long before = bucket.snapshot().remainingTokens();
        bucket.onAnswer(permit, null, 200, 10L, 300L);
        assertThat(bucket.snapshot().remainingTokens()).isEqualTo(before + reserved - 300);
    }

    @Test
    void aBudgetGoneForLongerThanTheMaximumWaitFailsAtOnceWithTheDelay() {
        RateLimitBucket bucket = bucket(1L, null, 10);
        bucket.acquire(1, null, 1, 1000).join();
        CompletableFuture<Permit> refused = bucket.acquire(1, null, 1, 1000);
        assertThat(refused).isCompletedExceptionally();
        GroqResponsesException e = (GroqResponsesException) refused.handle((p, t) -> t).join();
        assertThat(e.getRetryAfterMillis()).isEqualTo(60_000);
        assertThat(e.getMessage()).contains("retryMaxDelay=1000");
    }

    @Test
    void aFullQueueRefusesWithBackpressure() {
        RateLimitBucket bucket = bucket(1L, null, 2);
        bucket.acquire(1, null, 1, 120_000);
        bucket.acquire(1, null, 1, 120_000);
        bucket.acquire(1, null, 1, 120_000);
        CompletableFuture<Permit> refused = bucket.acquire(1, null, 1, 120_000);
        assertThat(refused.handle((p, t) -> t).join()).isInstanceOf(GroqRateLimitQueueFullException.class)
                .hasMessageContaining("maxPendingRequests=2");
        assertThat(bucket.snapshot().queued()).isEqualTo(2);
        assertThat(bucket.snapshot().rejected()).isEqualTo(1);
    }
}
