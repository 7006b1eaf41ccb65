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

import dev.camelgroq.responses.response.RateLimitHeaders;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The budget model alone, on a hand-driven clock: no queue, no scheduler, no threads. Every time asserted is computed
 * by the model from the clock it is given, never measured.
 */
class RateLimitBudgetTest {

    private long now = 1_000_000;

    private static RateLimitHeaders tokens(long limit, long remaining, long resetMillis) {
        return new RateLimitHeaders(14_400L, limit, 14_000L, remaining, 60_000L, resetMillis, null);
    }

    @Test
    void aProbeGoesFirstAndTheRefillRateLearnedFromItsAnswerTimesTheNextRequest() {
        RateLimitBudget budget = new RateLimitBudget(null, null, now, null);
        assertThat(budget.readyAt(100, now)).as("nothing known: one probe may go").isEqualTo(now);
        Permit probe = admit(budget, 100, now);
        assertThat(budget.readyAt(100, now)).as("the others wait for the probe's answer")
                .isEqualTo(RateLimitBudget.NEVER);
        // 1,000 of 6,000 used and full again in 10 s: Groq's bucket refills 6,000 per 60 s
        now += 50;
        answer(budget, probe, tokens(6000, 5000, 10_000), 200, 0L, 100L, null, now);
        assertThat(budget.minuteMillis()).isEqualTo(60_000);
        assertThat(budget.tokensPerMinute()).isEqualTo(6000);
        assertThat(budget.readyAt(5000, now)).isEqualTo(now);
        Permit big = admit(budget, 5000, now);
        answer(budget, big, tokens(6000, 0, 60_000), 200, 0L, 5000L, null, now);
        assertThat(budget.remainingTokens()).isZero();
        // empty, refilling 100 tokens a second: 1,000 tokens are there in 10 s, and the clock alone makes them so
        assertThat(budget.readyAt(1000, now)).isEqualTo(now + 10_000);
        now += 10_000;
        assertThat(budget.readyAt(1000, now)).isEqualTo(now);
        assertThat(budget.nothingInFlight()).isTrue();
    }

    @Test
    void aRateLimitedAnswerClosesTheBudgetForGroqsDelayButNeverLongerThanMaxHeaderWait() {
        RateLimitBudget budget = new RateLimitBudget(null, null, now, null);
        Permit probe = admit(budget, 10, now);
        answer(budget, probe, tokens(6000, 5990, 100), 200, 0L, 10L, null, now);
        String tpm429 = "Rate limit reached on tokens per minute (TPM): Limit 6000, Used 5990, Requested 10."
                        + " Please try again in ";
        answer(budget, admit(budget, 10, now), tokens(6000, 5990, 100), 429, null, null, tpm429 + "2.3s.",
                now);
        assertThat(budget.readyAt(10, now)).as("Groq's delay, to the millisecond").isEqualTo(now + 2_300);
        now += 2_300;
        assertThat(budget.readyAt(10, now)).isEqualTo(now);
        answer(budget, admit(budget, 10, now), tokens(6000, 5990, 100), 429, null, null, tpm429 + "9999h.",
                now);
        assertThat(budget.readyAt(10, now)).as("a hostile delay is capped")
                .isEqualTo(now + RateLimitBudget.MAX_HEADER_WAIT);
    }

    /** A store kept in memory that records what the model writes to it. */
    private static final class RecordingStore implements StoreSync.Store {
        boolean available = true;
        final List<String> writes = new ArrayList<>();

        @Override
        public boolean available() {
            return available;
        }

        @Override
        public void lowerTo(long remaining, long counted, long storeMark, SharedBudget.Shape tokens) {
            writes.add("lowerTo " + remaining + " of " + tokens.capacity());
        }

        @Override
        public void give(long tokens, SharedBudget.Shape tokenShape) {
            writes.add("give " + tokens);
        }

        @Override
        public void follow(String suffix, SharedBudget.Shape shape) {
            writes.add("follow " + suffix + " " + shape.capacity() + " per " + shape.periodMillis() + " ms");
        }

        @Override
        public void limitLearned(SharedBudget.Shape requests) {
            writes.add("limitLearned " + requests.capacity() + " per " + requests.periodMillis() + " ms, "
                       + requests.initial() + " left");
        }
    }

    @Test
    void withASharedStoreTheStoreDecidesWhileAvailableAndLearnsWhatTheHeadersSay() {
        RecordingStore store = new RecordingStore();
        RateLimitBudget budget = new RateLimitBudget(null, null, now, store);
        assertThat(budget.storeDecides()).as("the probe asks the store (the RPM the fleet learned)").isTrue();
        assertThat(budget.tokenShape()).as("the bucket's size is not known yet").isNull();
        budget.storeAnswered(2_000, budget.storeGives(), now);
        assertThat(budget.readyAt(100, now)).as("the probe waits as the stored RPM says").isEqualTo(now + 2_000);
        Permit probe = admit(budget, 100, now);
        answer(budget, probe, tokens(6000, 5000, 10_000), 200, 0L, 40L, null, now);
        assertThat(store.writes).as("the probe took nothing from the shared bucket: its 60 unused are not given")
                .containsExactly("lowerTo 5000 of 6000", "follow " + SharedBudget.TOKENS + " 6000 per 60000 ms");
        assertThat(budget.share()).as("the store shares, not the AIMD share").isEqualTo(1.0);
        assertThat(budget.storeDecides()).isTrue();
        budget.storeAnswered(3_000, budget.storeGives(), now);
        assertThat(budget.readyAt(100, now)).as("the store's wait").isEqualTo(now + 3_000);
        store.writes.clear();
        Permit paced = admit(budget, 100, now);
        answer(budget, paced, null, 200, 0L, 30L, null, now);
        assertThat(store.writes).as("a request paced by the store gives back what it did not use").contains("give 70");
        store.available = false;
        assertThat(budget.storeDecides()).isFalse();
        assertThat(budget.readyAt(100, now)).as("the local estimate has room").isEqualTo(now);
    }

    @Test
    void anAnswersUnusedReservationAndCachedTokensGoBackToTheStoreInOneWrite() {
        RecordingStore store = new RecordingStore();
        RateLimitBudget budget = pastItsProbe(store);
        store.writes.clear();
        // reserved 1,300, used 1,100 of which 1,000 input tokens were cached: 200 + 1,000 go back at once
        Permit hit = admit(budget, 1300, now);
        budget.onAnswer(hit, tokens(10_000, 7_800, 13_200), 200, 100L, 1100L, 1000L, 1000L, null, now);
        assertThat(store.writes).filteredOn(w -> w.startsWith("give")).containsExactly("give 1200");
        assertThat(budget.cachedTokensGivenBack()).isEqualTo(1000);
    }

    @Test
    void tokensGivenBackToTheStoreLetTheHeadAskAgainBeforeTheRefillTheStoreNamed() {
        RecordingStore store = new RecordingStore();
        RateLimitBudget budget = pastItsProbe(store);
        Permit inFlight = admit(budget, 1100, now);
        long givesAtAsk = budget.storeGives();
        budget.storeAnswered(600, givesAtAsk, now);
        assertThat(budget.readyAt(1100, now)).as("refused: the store's refill wait").isEqualTo(now + 600);
        // the answer in flight gives its 1,000 cached tokens back to the store: they are there long before the refill
        budget.onAnswer(inFlight, tokens(10_000, 7_800, 13_200), 200, 100L, 1100L, 1000L, 1000L, null, now);
        assertThat(store.writes).contains("give 1000");
        assertThat(budget.readyAt(1100, now)).as("the head asks the store again now").isEqualTo(now);
        // a refusal asked before a give was made (the store did not see it yet) is asked again at once too
        long before = budget.storeGives();
        Permit another = admit(budget, 1100, now);
        budget.onAnswer(another, tokens(10_000, 7_800, 13_200), 200, 100L, 1100L, 1000L, 1000L, null, now);
        budget.storeAnswered(600, before, now);
        assertThat(budget.readyAt(1100, now)).isEqualTo(now);
        budget.storeAnswered(600, budget.storeGives(), now);
        assertThat(budget.readyAt(1100, now)).as("no give since it was asked: the store's wait")
                .isEqualTo(now + 600);
    }

    @Test
    void aRequestsPerMinute429IsPutInTheStoreAtOnceDrainedToWhatGroqLeft() {
        RecordingStore store = new RecordingStore();
        RateLimitBudget budget = new RateLimitBudget(null, null, now, store);
        answer(budget, admit(budget, 10, now), tokens(6000, 5990, 100), 200, 0L, 10L, null, now);
        store.writes.clear();
        answer(budget, admit(budget, 10, now), tokens(6000, 5990, 100), 429, null, null,
                "Rate limit reached for model `m` on requests per minute (RPM): Limit 30, Used 30, Requested 1."
                + " Please try again in 2s.", now);
        assertThat(store.writes).as("the minute is not learned yet: the 429's delay bounds it (30 x 2 s)")
                .contains("limitLearned 30 per 60000 ms, 0 left");
        assertThat(budget.requestsPerMinute()).isEqualTo(30);
    }

    @Test
    void aStoredLimitPacesAnInstanceThatDidNotLearnItUnlessItsCapIsSet() {
        SharedBudget.Shape stored = new SharedBudget.Shape(30, 6_000, 0);
        RateLimitBudget learner = new RateLimitBudget(null, null, now, new RecordingStore());
        learner.adoptRequests(stored, now);
        assertThat(learner.requestsPerMinute()).isEqualTo(30);
        assertThat(learner.requestShape().periodMillis()).as("the stored minute until its own is learned")
                .isEqualTo(6_000);
        RateLimitBudget capped = new RateLimitBudget(10L, null, now, new RecordingStore());
        capped.adoptRequests(stored, now);
        assertThat(capped.requestsExplicit()).isTrue();
        assertThat(capped.requestsPerMinute()).as("requestsPerMinute wins").isEqualTo(10);
    }

    /**
     * Admits requests of 1,000 input tokens for a minute on a 6,000-token bucket, each answered at once with
     * {@code cached} of its input served from Groq's prompt cache; returns how many went.
     */
    private int admittedInAMinute(RateLimitBudget budget, long cached) {
        long end = now + 60_000;
        int admitted = 0;
        while (true) {
            long at = budget.readyAt(1000, now);
            if (at > end) {
                return admitted;
            }
            now = at;
            Permit permit = admit(budget, 1000, now);
            admitted++;
            budget.onAnswer(permit, null, 200, 0L, 1000L, 1000L, cached, null, now);
        }
    }

    @Test
    void cachedTokensGivenBackRaiseTheAdmittedRateWhileWholeInputsInFlightStayWithinTheBucket() {
        RateLimitBudget uncached = new RateLimitBudget(null, 6000L, now, null);
        long start = now;
        int plain = admittedInAMinute(uncached, 0);
        now = start;
        RateLimitBudget budget = new RateLimitBudget(null, 6000L, now, null);
        int withCache = admittedInAMinute(budget, 900);
        // without the cache: the 6,000 at hand, then one per 10 s; with 900 of every 1,000 cached only 100 stay spent:
        // the 6,000 at hand last about 50 requests, then one goes per second
        assertThat(plain).isBetween(11, 13);
        assertThat(withCache).as("the pace follows the 100 tokens that stay spent").isGreaterThan(8 * plain);
        assertThat(budget.cachedShare()).isCloseTo(0.9, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(budget.cachedTokensGivenBack()).isEqualTo(900L * withCache);
        assertThat(uncached.cachedShare()).isZero();

        // Groq counts a whole input when a request arrives: one request is held in flight while the bucket refills
        now += 40_000;
        assertThat(budget.readyAt(1000, now)).isEqualTo(now);
        long held = 0;
        Permit slow = admit(budget, 1000, now);
        held += 1000;
        now += 30_000;
        // another answer meanwhile (all of it cached) keeps the estimate fresh
        Permit quick = admit(budget, 1000, now);
        budget.onAnswer(quick, null, 200, 0L, 1000L, 1000L, 1000L, null, now);
        now += 30_000;
        assertThat(budget.readyAt(1000, now)).isEqualTo(now);
        assertThat(budget.remainingTokens()).as("refilled to the brim meanwhile").isEqualTo(6000);
        while (budget.readyAt(1000, now) <= now) {
            admit(budget, 1000, now);
            held += 1000;
        }
        assertThat(held).as("whole inputs in flight never exceed the bucket's capacity").isEqualTo(6000);
        assertThat(budget.remainingTokens()).as("though the estimate still holds tokens").isEqualTo(1000);
        budget.onAnswer(slow, null, 200, 0L, 1000L, 1000L, 900L, null, now);
        assertThat(budget.readyAt(1000, now)).as("an answer frees its whole input for the next").isEqualTo(now);
    }

    /**
     * Two requests of 1,100 tokens in flight, B sent before A, after a probe taught a 10,000-token bucket; Groq reads
     * A's counters when A arrives, before B's cached prefix comes back. Returns the share left after A's answer, B's
     * answer having reported {@code cachedOfB} cached tokens and A's counters showing {@code remainingForA}.
     */
    private double shareAfterTwoAnswers(long cachedOfB, long remainingForA) {
        RateLimitBudget budget = new RateLimitBudget(null, null, now, null);
        Permit probe = admit(budget, 1100, now);
        // 1,100 of 10,000 used, full again in 6.6 s: a minute of 60 s
        budget.onAnswer(probe, tokens(10_000, 8_900, 6_600), 200, 100L, 1100L, 1000L, 0L, null, now);
        Permit b = admit(budget, 1100, now);
        Permit a = admit(budget, 1100, now);
        budget.onAnswer(b, tokens(10_000, 7_800, 13_200), 200, 100L, 1100L, 1000L, cachedOfB, null, now);
        budget.onAnswer(a, tokens(10_000, remainingForA, 19_800), 200, 100L, 1100L, 1000L, 1000L, null, now);
        return budget.share();
    }

    @Test
    void cachedTokensGivenBackAfterARequestWasSentAreNotTakenForOthersSpending() {
        // B's 1,000 cached tokens are back in the estimate when A's counters arrive, which Groq read before it gave
        // them back: the counters show 1,000 less than the estimate, and that is not another process spending
        assertThat(shareAfterTwoAnswers(1000, 6_700)).as("no others in sight: the whole budget").isEqualTo(1.0);
        // the same gap without a cache hit is others' spending: the share falls to about what this process took of
        // what was spent (2,200 of 3,200)
        assertThat(shareAfterTwoAnswers(0, 5_700)).as("others took 1,000 tokens").isLessThan(0.75);
    }

    /**
     * Groq's 10,000-token bucket refilled every 6 s, as the test keeps it, caching 1,010 of every 1,094-token request
     * (84 stay spent): it counts a whole input on arrival and gives the cached part back after processing.
     */
    private final class CachingGroq {
        private final double perMilli = 10_000 / 6_000.0;
        private double level = 10_000;
        private long at = now;
        private boolean prefixCached;
        long refused;

        private void refill() {
            level = Math.min(10_000, level + (now - at) * perMilli);
            at = now;
        }

        /**
         * One request of {@code budget}, sent as soon as it lets it, after others spent {@code othersSpent} (their
         * cached parts back already), answered 100 ms after it arrived; counts whether Groq would have refused it.
         */
        void call(RateLimitBudget budget, long othersSpent) {
            long ready = budget.readyAt(1094, now);
            assertThat(ready).isNotEqualTo(RateLimitBudget.NEVER);
            now = Math.max(now, ready);
            refill();
            level -= othersSpent;
            if (level < 1094) {
                refused++;
            }
            level -= 1094;
            long remaining = Math.max(0, (long) level);
            Permit permit = admit(budget, 1094, now);
            now += 100;
            refill();
            long cached = prefixCached ? 1010 : 0;
            level += cached;
            prefixCached = true;
            budget.onAnswer(permit, tokens(10_000, remaining, (long) Math.ceil((10_000 - remaining) / perMilli)),
                    200, 10L, 1094L, 1084L, cached, null, now);
        }
    }

    @Test
    void withPromptCachingTheShareIsMeasuredOnWhatStaysSpentAgainstWhatOthersSpend() {
        // one of three processes, one request in flight; before each of its requests the two others spent their 2 x 84
        CachingGroq groq = new CachingGroq();
        RateLimitBudget budget = new RateLimitBudget(null, null, now, null);
        for (int i = 0; i < 100; i++) {
            groq.call(budget, i == 0 ? 0 : 2 * 84);
        }
        groq.refused = 0;
        for (int i = 0; i < 100; i++) {
            groq.call(budget, 2 * 84);
        }
        assertThat(budget.share()).as("about the third this process spends of what stays spent")
                .isBetween(0.3, 0.45);
        assertThat(groq.refused).as("Groq had room for every one of the last 100 requests").isZero();
    }

    @Test
    void aShareSqueezedByOthersGrowsBackFastOnceGroqsBucketHoldsRoomNobodyTakes() {
        // one of three processes, squeezed by two others spending 600 tokens before each of its requests; then they
        // finish
        CachingGroq groq = new CachingGroq();
        RateLimitBudget budget = new RateLimitBudget(null, null, now, null);
        for (int i = 0; i < 100; i++) {
            groq.call(budget, i == 0 ? 0 : 600);
        }
        assertThat(budget.share()).as("squeezed to about what it takes of what stays spent").isLessThan(0.2);
        groq.refused = 0;
        for (int i = 0; i < 40; i++) {
            groq.call(budget, 0);
        }
        assertThat(budget.share()).as("grown back by half per round trip, not by 0.5% an answer").isGreaterThan(0.9);
        assertThat(groq.refused).as("Groq had room for every request after the others finished").isZero();
    }

    /** A budget sharing {@code store} whose probe (1,100 input tokens, none cached) was answered. */
    private RateLimitBudget pastItsProbe(RecordingStore store) {
        RateLimitBudget budget = new RateLimitBudget(null, null, now, store);
        Permit probe = admit(budget, 1100, now);
        budget.onAnswer(probe, tokens(10_000, 8_900, 6_600), 200, 100L, 1100L, 1000L, 0L, null, now);
        return budget;
    }

    /** Admits a request of {@code tokens} that did not wait and that the shared store did not take. */
    private static Permit admit(RateLimitBudget budget, long tokens, long now) {
        return budget.admit(null, tokens, 0, now, -1);
    }

    /** An answer without input or cached tokens in its usage. */
    private static void answer(RateLimitBudget budget, Permit permit, RateLimitHeaders headers, int status,
                               Long outputTokens, Long totalTokens, String errorMessage, long now) {
        budget.onAnswer(permit, headers, status, outputTokens, totalTokens, null, null, errorMessage, now);
    }
}
