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

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicLong;

import dev.camelgroq.responses.response.RateLimitHeaders;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The arithmetic of the governor on a hand-driven clock: refill, learning from headers, AIMD share, eviction. */
class BucketMathTest {

    private static final ScheduledExecutorService SCHEDULER = Executors.newSingleThreadScheduledExecutor();
    private final AtomicLong clock = new AtomicLong(1_000_000);

    @AfterAll
    static void stop() {
        SCHEDULER.shutdownNow();
    }

    @Test
    void budgetRefillsContinuouslyUpToItsCapacity() {
        RefillingBudget budget = new RefillingBudget(6000, 60_000, 0);
        budget.take(6000);
        budget.advance(30_000);
        assertThat(budget.level()).isCloseTo(3000, within(0.001));
        assertThat(budget.millisUntil(4000)).isEqualTo(10_000);
        budget.advance(600_000);
        assertThat(budget.level()).isEqualTo(6000);
        budget.take(7000);
        assertThat(budget.level()).isEqualTo(-1000);
        budget.give(100_000);
        assertThat(budget.level()).isEqualTo(6000);
    }

    @Test
    void aRequestLargerThanTheCapacityFitsOnlyAFullBucket() {
        RefillingBudget budget = new RefillingBudget(100, 1000, 0);
        assertThat(budget.covers(500)).isTrue();
        budget.take(1);
        assertThat(budget.covers(500)).isFalse();
        assertThat(budget.millisUntil(500)).isEqualTo(10);
    }

    @Test
    void shareHalvesOncePerCongestionEventAndGrowsBack() {
        AimdShare share = new AimdShare();
        assertThat(share.onRateLimited(5, 10)).isTrue();
        assertThat(share.value()).isEqualTo(0.5);
        // answers to requests sent before the decrease belong to the same event
        assertThat(share.onRateLimited(9, 12)).isFalse();
        assertThat(share.onRateLimited(11, 20)).isTrue();
        assertThat(share.value()).isEqualTo(0.25);
        for (int i = 0; i < 10; i++) {
            assertThat(share.onRateLimited(21 + 10 * i, 30 + 10 * i)).isTrue();
        }
        assertThat(share.value()).isEqualTo(AimdShare.MIN);
        for (int i = 0; i <= 1 / AimdShare.INCREASE; i++) {
            share.onSuccess();
        }
        assertThat(share.value()).isEqualTo(1.0);
    }

    @Test
    void groqRateLimitMessagesAreRead() {
        RateLimitMessage tokens = RateLimitMessage.parse("Rate limit reached for model `llama-3.3-70b-versatile` in"
                + " organization `org_x` service tier `on_demand` on tokens per minute (TPM): Limit 6000, Used 5890,"
                + " Requested 320. Please try again in 2.3s. Need more tokens? Upgrade at https://console.groq.com");
        assertThat(tokens).isEqualTo(new RateLimitMessage("tokens", false, 6000, 5890, 2300L));
        RateLimitMessage rpm = RateLimitMessage.parse("... on requests per minute (RPM): Limit 30, Used 30,"
                                                      + " Requested 1. Please try again in 1m2.5s.");
        assertThat(rpm.isRequestsPerMinute()).isTrue();
        assertThat(rpm.retryMillis()).isEqualTo(62_500L);
        assertThat(RateLimitMessage.parse("on requests per day (RPD): Limit 1000, Used 1000, Requested 1.")
                .isRequestsPerMinute()).isFalse();
        assertThat(RateLimitMessage.parse("on tokens per minute (TPM): Limit 0, Used 5, Requested 1.")).isNull();
        assertThat(RateLimitMessage.parse("Rate limit reached")).isNull();
        assertThat(RateLimitMessage.parse(null)).isNull();
    }

    private RateLimitBucket bucket(Long rpm) {
        return new RateLimitBucket("test", SCHEDULER, clock::get, rpm, null, 100, null);
    }

    private static RateLimitHeaders tokens(long limit, long remaining, long resetMillis) {
        return new RateLimitHeaders(14_400L, limit, 14_000L, remaining, 60_000L, resetMillis, null);
    }

    private static Permit take(RateLimitBucket bucket, long tokens) {
        CompletableFuture<Permit> permit = bucket.acquire(tokens, 0L, 0, 3_600_000);
        assertThat(permit).as("admitted at once").isCompleted();
        return permit.join();
    }

    /** The wake-up is scheduled in real time; a new request makes the bucket look at the (hand-driven) clock. */
    private static void nudge(RateLimitBucket bucket) {
        bucket.acquire(0, 0L, 0, 3_600_000);
    }

    @Test
    void theLengthOfGroqsMinuteIsLearnedFromRemainingAndReset() {
        RateLimitBucket bucket = bucket(null);
        Permit probe = take(bucket, 100);
        // 1,000 of 6,000 used and full again in 10 s: the bucket refills 6,000 per 60 s
        bucket.onAnswer(probe, tokens(6000, 5000, 10_000), 200, 0L, 100L, null);
        RateLimitBucket.Snapshot s = bucket.snapshot();
        assertThat(s.minuteMillis()).isEqualTo(60_000);
        assertThat(s.tokensPerMinute()).isEqualTo(6000);
        assertThat(s.remainingTokens()).isEqualTo(5000);
        // a request of 5,000 fits and empties the bucket; the next one must wait for the refill: 1,000 tokens at
        // 100 per second
        Permit big = take(bucket, 5000);
        bucket.onAnswer(big, tokens(6000, 0, 60_000), 200, 0L, 5000L, null);
        CompletableFuture<Permit> waiting = bucket.acquire(1000, 0L, 0, 3_600_000);
        assertThat(waiting).isNotDone();
        clock.addAndGet(10_000);
        nudge(bucket);
        assertThat(waiting).isCompleted();
    }

    @Test
    void a429TeachesTheRequestsPerMinuteAndOnlyALaterOneHalvesThisProcesssPace() {
        RateLimitBucket bucket = bucket(null);
        Permit probe = take(bucket, 10);
        bucket.onAnswer(probe, tokens(6000, 5990, 100), 200, 0L, 10L, null);
        Permit limited = take(bucket, 10);
        String rpm429 = "Rate limit reached for model `m` on requests per minute (RPM): Limit 30, Used 30, Requested 1."
                        + " Please try again in 2s.";
        bucket.onAnswer(limited, tokens(6000, 5990, 100), 429, null, null, rpm429);
        RateLimitBucket.Snapshot s = bucket.snapshot();
        assertThat(s.requestsPerMinute()).isEqualTo(30);
        assertThat(s.share()).as("a limit learned is no congestion").isEqualTo(1.0);
        assertThat(s.rateLimitedAnswers()).isEqualTo(1);
        // Groq asked for 2 s, and 2 s is at most one request's refill: a minute is at least 30 x 2 s, so this process
        // paces at 30 requests per 60 s: the next one goes after 2 s
        CompletableFuture<Permit> next = bucket.acquire(10, 0L, 0, 3_600_000);
        assertThat(next).isNotDone();
        clock.addAndGet(2_000);
        nudge(bucket);
        assertThat(next).isCompleted();
        // a 429 with the limit known: others spend it too, the share halves and the pace with it: one request per
        // 4 s. The nudge queued above goes first (after 4 s), this request after 8 s
        bucket.onAnswer(next.join(), tokens(6000, 5990, 100), 429, null, null, rpm429);
        assertThat(bucket.snapshot().share()).isCloseTo(0.5, within(0.001));
        CompletableFuture<Permit> after = bucket.acquire(10, 0L, 0, 3_600_000);
        clock.addAndGet(6_000);
        nudge(bucket);
        assertThat(after).isNotDone();
        clock.addAndGet(2_000);
        nudge(bucket);
        assertThat(after).isCompleted();
    }

    /** Groq's remaining tokens after {@code used} of 6,000, with the reset that a 60 s minute gives. */
    private static RateLimitHeaders used(long used) {
        return tokens(6000, 6000 - used, used * 10);
    }

    @Test
    void othersSeenInGroqsCountersHalveTheShareAndWhatIsInFlight() {
        RateLimitBucket alone = bucket(null);
        RateLimitBucket crowded = bucket(null);
        for (RateLimitBucket bucket : new RateLimitBucket[] {alone, crowded}) {
            Permit probe = take(bucket, 100);
            bucket.onAnswer(probe, used(100), 200, 0L, 100L, null);
        }
        alone.onAnswer(take(alone, 100), used(200), 200, 0L, 100L, null);
        // Groq counted 500 tokens more than this process sent: others spend the same budget
        Permit seen = take(crowded, 100);
        crowded.onAnswer(seen, used(700), 200, 0L, 100L, null);
        assertThat(alone.snapshot().share()).isEqualTo(1.0);
        assertThat(crowded.snapshot().share()).isCloseTo(0.5, within(0.01));
        // alone, slow start lets two requests be in flight; crowded, one at a time (its window was narrowed)
        take(alone, 90);
        assertThat(alone.acquire(90, 0L, 0, 3_600_000)).isCompleted();
        Permit first = take(crowded, 90);
        CompletableFuture<Permit> second = crowded.acquire(90, 0L, 0, 3_600_000);
        assertThat(second).isNotDone();
        crowded.onAnswer(first, used(790), 200, 0L, 90L, null);
        assertThat(second).isCompleted();
    }

    /** Groq's remaining tokens after {@code used} of 16,000, with the reset that a 60 s minute gives. */
    private static RateLimitHeaders usedOf16k(long used) {
        return tokens(16_000, 16_000 - used, used * 60_000 / 16_000);
    }

    @Test
    void afterTheProbeSlowStartBeginsWithAnEighthOfTheBucketInFlight() {
        RateLimitBucket bucket = bucket(null);
        Permit probe = take(bucket, 100);
        bucket.onAnswer(probe, usedOf16k(100), 200, 0L, 100L, null);
        // an eighth of 16,000 is 2,000: twenty requests of 100 go at once, the twenty-first waits for an answer
        List<Permit> first = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            first.add(take(bucket, 100));
        }
        CompletableFuture<Permit> next = bucket.acquire(100, 0L, 0, 3_600_000);
        assertThat(next).isNotDone();
        bucket.onAnswer(first.get(0), usedOf16k(200), 200, 0L, 100L, null);
        assertThat(next).isCompleted();
    }

    @Test
    void aHeaderFromARequestThatOvertookAnEarlierOneDoesNotCountTheEarlierOne() {
        RateLimitBucket bucket = bucket(null);
        Permit probe = take(bucket, 100);
        bucket.onAnswer(probe, usedOf16k(100), 200, 0L, 100L, null);
        Permit early = take(bucket, 1000);
        Permit late = take(bucket, 1000);
        // the later request reached Groq first (a pooled connection beat a new one): Groq's count holds the probe
        // and the later request, not the earlier one still in flight
        bucket.onAnswer(late, usedOf16k(1100), 200, 0L, 1000L, null);
        RateLimitBucket.Snapshot s = bucket.snapshot();
        assertThat(s.remainingTokens()).as("the earlier request is still to be counted").isEqualTo(13_900);
        assertThat(s.share()).as("no others seen").isEqualTo(1.0);
        bucket.onAnswer(early, usedOf16k(2100), 200, 0L, 1000L, null);
        assertThat(bucket.snapshot().remainingTokens()).isEqualTo(13_900);
    }

    @Test
    void onceOthersAreSeenTheirRequestsInFlightAreCountedAsSpent() {
        RateLimitBucket bucket = bucket(null);
        bucket.onAnswer(take(bucket, 100), used(100), 200, 0L, 100L, null);
        Permit answered = take(bucket, 100);
        take(bucket, 100);
        // Groq counted 600 tokens of others: at half the budget each, others are taken to have as much in flight as
        // this process (100): 6,000 - 800 counted - 100 of this process's - 100 of theirs
        bucket.onAnswer(answered, used(800), 200, 0L, 100L, null);
        RateLimitBucket.Snapshot s = bucket.snapshot();
        assertThat(s.share()).isCloseTo(0.5, within(0.01));
        assertThat(s.remainingTokens()).isEqualTo(5000);
    }

    @Test
    void othersAreSeenWhenTheyTookATwentiethOfTheBucketAndHalfAsMuchAsThisProcess() {
        assertThat(CongestionControl.othersAreSeen(300, 600, 6000)).isTrue();
        assertThat(CongestionControl.othersAreSeen(299, 100, 6000)).isFalse();
        // a gap smaller than half of what this process sent is its own estimates falling short
        assertThat(CongestionControl.othersAreSeen(400, 1000, 6000)).isFalse();
    }

    @Test
    void hostileHeadersNeverCloseTheBucketForLong() {
        RateLimitBucket bucket = bucket(null);
        Permit probe = take(bucket, 10);
        // remaining 0 of the day without a reset, tokens 0 with a reset of 9999 h: not believed
        bucket.onAnswer(probe, new RateLimitHeaders(14_400L, 6000L, 0L, 0L, null, 9999L * 3_600_000, null), 200,
                0L, 10L, null);
        // the day looks used up: one request at a time asks Groq, which will say how long to wait
        Permit asking = take(bucket, 10);
        assertThat(bucket.acquire(10, 0L, 0, 3_600_000)).isNotDone();
        bucket.onAnswer(asking, new RateLimitHeaders(-1L, 0L, -5L, -5L, -1L, -1L, -1L), 200, 0L, 10L, null);
        assertThat(bucket.snapshot().admitted()).isEqualTo(3);
    }

    @Test
    void idleBucketsAreEvictedAndTheirNumberIsCapped() {
        RateLimitGovernor governor = new RateLimitGovernor(SCHEDULER, null, null, 10, null, null, clock::get);
        for (int i = 0; i < RateLimitGovernor.MAX_BUCKETS + 500; i++) {
            governor.bucket("key-" + i, "model");
            clock.incrementAndGet();
        }
        assertThat(governor.getBucketCount()).isLessThanOrEqualTo(RateLimitGovernor.MAX_BUCKETS);
        clock.addAndGet(RateLimitGovernor.IDLE_MILLIS);
        governor.evictIdle();
        assertThat(governor.getBucketCount()).isZero();
    }

    @Test
    void aBucketWithAWaitingRequestIsNotEvicted() {
        RateLimitGovernor governor = new RateLimitGovernor(SCHEDULER, null, null, 10, null, null, clock::get);
        RateLimitBucket busy = governor.bucket("key", "model");
        take(busy, 10);
        clock.addAndGet(RateLimitGovernor.IDLE_MILLIS * 2);
        governor.evictIdle();
        assertThat(governor.bucket("key", "model")).isSameAs(busy);
    }
}
