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

import dev.camelgroq.responses.response.RateLimitHeaders;

/**
 * The budget model of one (API key, model) pair, Groq's continuously refilling token buckets as this process knows
 * them:
 * <ul>
 * <li>tokens per minute from {@code x-ratelimit-*-tokens}: the limit is the capacity, and remaining and reset (the
 * time until the bucket is full) give the refill rate, so the length of Groq's minute is learned, not assumed;</li>
 * <li>requests per minute, which Groq shows only in a 429 of type {@code requests} ({@code Limit N}), or the
 * {@code requestsPerMinute} cap;</li>
 * <li>requests per day from {@code x-ratelimit-*-requests}.</li>
 * </ul>
 * It says when a request of so many tokens may go ({@link #readyAt}), takes what an admitted request reserves
 * ({@link #admit}) and learns from every answer ({@link #onAnswer}): Groq's counters, what a 429 teaches, the tokens
 * reserved but not used. Without a shared store this process paces at its {@link AimdShare share} of the refill rate
 * and keeps a window on what it has in flight ({@link CongestionControl}); with a {@link StoreSync.Store} the store
 * decides admissions while it is {@link StoreSync.Store#available() available}, and what is learned is written to it
 * ({@link StoreSync}). What was sent and is in flight, and what answers give back, is kept in a {@link TokenLedger}.
 * <p>
 * Hostile or broken headers cannot lock the budget: values that are missing, negative or not numbers are ignored, and
 * no wait derived from headers outlasts {@link #MAX_HEADER_WAIT} after the last answer: then one request asks Groq
 * again. Before the first answer only one request is let through (a probe).
 * <p>
 * Pure state on a caller-supplied clock: no threads, no waiting, no I/O of its own; the {@link RateLimitBucket} (the
 * queue) synchronizes and decides whom to admit.
 */
final class RateLimitBudget {

    /** After this long without an answer, a budget that headers keep closed lets one request ask Groq again. */
    static final long MAX_HEADER_WAIT = 60_000;
    /** What {@link #readyAt} returns when no time can be named: an answer will tell. */
    static final long NEVER = Long.MAX_VALUE;

    /** The shared store, or null when the budget lives in this process alone. */
    private final StoreSync store;
    private final TokenLedger ledger = new TokenLedger();
    private final CongestionControl congestion = new CongestionControl();
    private final ReservationEstimate estimate = new ReservationEstimate();
    private final RequestLimits requests;
    /** Groq's tokens bucket, once its size is known (else null). */
    private TokenBuckets buckets;
    private final GroqMinute minute = new GroqMinute();
    private long blockedUntil;
    private boolean headerless;
    private boolean seenAnswer;
    private boolean probing;
    private long appliedSequence = -1;
    private long lastAnswerAt;
    /**
     * What the last reading of Groq's counters left out of the estimate, on the safe side: the refill since its
     * request was sent (Groq counted on arrival), others' requests estimated in flight. The next reading's count of
     * what others took adds it back: otherwise it would show others taking that much less.
     */
    private double heldBack;

    /**
     * A budget known only by the caps ({@code null}: learned from Groq); {@code shared} is the shared store, or null
     * when the budget lives in this process alone.
     */
    RateLimitBudget(Long requestsPerMinute, Long tokensPerMinute, long now, StoreSync.Store shared) {
        this.store = shared == null ? null : new StoreSync(shared);
        this.lastAnswerAt = now;
        this.requests = new RequestLimits(requestsPerMinute, minute, now);
        if (tokensPerMinute != null) {
            buckets = new TokenBuckets(tokensPerMinute, GroqMinute.MINUTE, now);
        }
    }

    /**
     * The tokens a request reserves: its input plus the output tokens the model typically produces ({@code outputCap}
     * bounds them; {@code outputFallback} stands in until an answer was seen).
     */
    long tokens(long inputTokens, Long outputCap, long outputFallback) {
        return estimate.tokens(inputTokens, outputCap, outputFallback);
    }

    /** When a request of {@code tokens} may go: {@code now} or later, or {@link #NEVER} (an answer will tell). */
    long readyAt(long tokens, long now) {
        if (probeMode()) {
            // nothing known yet: one request asks, the others wait for its answer; with a store, once the RPM the
            // fleet learned lets it
            if (probing || ledger.inFlight() > 0) {
                return NEVER;
            }
            return storeDecides() ? Math.max(now, store.readyAt()) : now;
        }
        long at = Math.max(now, blockedUntil);
        if (requests.dayUsedUp() && ledger.inFlight() > 0) {
            return NEVER;
        }
        if (storeDecides()) {
            if (!fitsInFlight(tokens)) {
                return NEVER;
            }
            at = Math.max(at, store.readyAt());
        } else {
            if (buckets != null && !congestion.admits(ledger.inFlightTokens(), tokens, buckets.capacity())) {
                return NEVER;
            }
            if (!fitsInFlight(tokens)) {
                return NEVER;
            }
            at = Math.max(at, now + requests.millisUntilNext(now));
            if (buckets != null) {
                at = Math.max(at, now + buckets.millisUntil(tokens, now));
            }
        }
        long stale = lastAnswerAt + MAX_HEADER_WAIT;
        if (at > stale) {
            // what the headers said is too old to keep the budget closed: one request asks Groq again
            return ledger.inFlight() == 0 ? Math.max(now, stale) : NEVER;
        }
        return at;
    }

    /** Whether a request of {@code tokens} fits beside the reservations in flight ({@link TokenLedger#fits}). */
    private boolean fitsInFlight(long tokens) {
        return buckets == null || ledger.fits(tokens, buckets.capacity());
    }

    /**
     * Whether the shared store decides admissions: once the bucket's size is known, and for the probe (the RPM the
     * fleet learned paces it), unless the store failed or was slow a moment ago (then the local estimate decides, as
     * when it is down).
     */
    boolean storeDecides() {
        return store != null && (buckets != null || probeMode()) && store.available();
    }

    /** The shared store refused a request: see {@link StoreSync#answered(long, long, long)}. */
    void storeAnswered(long waitMillis, long givesAtAsk, long now) {
        store.answered(waitMillis, givesAtAsk, now);
    }

    /** The gives of tokens to the shared store so far (a count, for {@link #storeAnswered(long, long, long)}). */
    long storeGives() {
        return store.gives();
    }

    /**
     * The shared store holds the RPM another instance learned ({@code stored}): it is paced by from now on, unless
     * the {@code requestsPerMinute} cap is set.
     */
    void adoptRequests(SharedBudget.Shape stored, long now) {
        if (requests.adopt(stored.capacity(), stored.periodMillis(), now)) {
            reshapePaces(now);
        }
    }

    /** Whether the RPM is the {@code requestsPerMinute} cap (what the store holds never replaces it). */
    boolean requestsExplicit() {
        return requests.explicit();
    }

    /**
     * Takes what a request of {@code tokens} reserves, now, and returns its permit ({@code owner} is the bucket it is
     * handed back to); the request waited {@code waitedMillis} for it. {@code storeMark} is the shared store's
     * {@link SharedBudget.Take#mark()} when the store took its tokens, else -1.
     */
    Permit admit(RateLimitBucket owner, long tokens, long waitedMillis, long now, long storeMark) {
        if (probeMode()) {
            probing = true;
        }
        requests.take();
        if (buckets != null) {
            buckets.take(tokens);
        }
        return ledger.send(owner, tokens, waitedMillis, now, storeMark, buckets != null);
    }

    /**
     * Learns from an answer (any status) to the request admitted with {@code permit}: its usage when it has one
     * ({@code outputTokens}, {@code totalTokens}, {@code inputTokens} and the part of them Groq served from its prompt
     * cache, {@code usage.input_tokens_details.cached_tokens}), and Groq's {@code errorMessage}, if any. Groq gives
     * cached tokens back to the limit once the request was processed, so they are given back here too (its counters
     * were taken when the request arrived, before that), and the cached share is learned.
     */
    void onAnswer(Permit permit, RateLimitHeaders headers, int status, Long outputTokens, Long totalTokens,
                  Long inputTokens, Long cachedTokens, String errorMessage, long now) {
        lastAnswerAt = now;
        seenAnswer = true;
        probing = false;
        settle(permit);
        if (status == 429) {
            onRateLimited(permit, headers, errorMessage, now);
        } else {
            congestion.onSuccess();
        }
        estimate.onUsage(outputTokens, totalTokens, permit.tokens());
        boolean learned = headers != null && permit.sequence() > appliedSequence && learn(permit, headers, now);
        long cached = status == 429 ? 0 : estimate.onCached(inputTokens, cachedTokens, totalTokens);
        giveBack(ledger.answered(permit, totalTokens, cached, learned));
        if (!learned && status != 429 && headers != null && !headers.present() && !informed()) {
            headerless = true;
        }
        reshapePaces(now);
    }

    /** The attempt got no answer (transport failure): the next request may probe. */
    void onNoAnswer(Permit permit) {
        probing = false;
        settle(permit);
    }

    /** Reads Groq's counters (the tokens group only when {@link TokenCounters usable}); returns whether any was. */
    private boolean learn(Permit permit, RateLimitHeaders headers, long now) {
        boolean learned = false;
        TokenCounters counters = TokenCounters.of(headers);
        if (counters != null) {
            long limit = counters.limit();
            long remaining = counters.remaining();
            minute.observe(limit, remaining, counters.resetMillis());
            long minuteMillis = minute.millis();
            boolean known = buckets != null;
            if (!known) {
                buckets = new TokenBuckets(limit, minuteMillis, now);
            }
            buckets.reshapeSeen(limit, minuteMillis, now);
            long sentUpTo = permit.tokensSentBefore() + permit.tokens();
            long left = remaining - ledger.uncounted(sentUpTo);
            // what others took since the previous header: the server has less than this process alone explains.
            // Groq counted when the request arrived; the estimate has refilled since it was sent. The cached prompt
            // tokens that answers gave back since it was sent came back to Groq's bucket after Groq counted (once
            // their requests were processed): the estimate holds them, Groq's count not yet, and they are not others'.
            double refillSinceSent = (now - permit.sentAt()) * buckets.capacity() / minuteMillis;
            long cachedSince = ledger.cachedSince(permit);
            double othersTook = buckets.level() - refillSinceSent - left - cachedSince + heldBack;
            long spentUpTo = sentUpTo - permit.cachedGivenBackBefore();
            if (known && store == null) {
                congestion.onCounters(othersTook, sentUpTo, spentUpTo, limit, permit.sequence(),
                        ledger.sentSequence(), ledger.inFlightTokens(), left);
            } else {
                congestion.markSent(sentUpTo, spentUpTo);
            }
            // others' requests in flight are not in Groq's count yet either
            long usable = store == null ? left - congestion.othersInFlight(ledger.inFlightTokens(), limit) : left;
            // this process takes its share of what Groq says is left
            buckets.set(usable, share(), now);
            heldBack = left + refillSinceSent - buckets.level();
            if (store != null) {
                store.learned(remaining + (long) refillSinceSent, remaining, permit.storeMark(), tokenShape(),
                        requestShape(), minute.learned());
            }
            learned = true;
        }
        if (requests.learnDay(headers.remainingRequests(), headers.limitRequests(),
                ledger.sentSequence() - permit.sequence())) {
            learned = true;
        }
        if (learned) {
            appliedSequence = permit.sequence();
            headerless = false;
        }
        return learned;
    }

    /** A 429: the share shrinks, the RPM may become known, and Groq's delay is respected (within bounds). */
    private void onRateLimited(Permit permit, RateLimitHeaders headers, String errorMessage, long now) {
        RateLimitMessage message = RateLimitMessage.parse(errorMessage);
        if (store == null && requests.learnsFrom(message)) {
            congestion.onLimitLearned(ledger.sentSequence());
        } else if (store == null) {
            congestion.onRateLimited(permit.sequence(), ledger.sentSequence(), ledger.inFlightTokens());
        }
        if (requests.onRateLimited(message, now) && store != null) {
            store.limitLearned(requests.shape());
        }
        Long wait = message != null && message.retryMillis() != null ? message.retryMillis()
                : headers == null ? null : headers.retryAfterMillis();
        if (wait != null && wait >= 0) {
            blockedUntil = Math.max(blockedUntil, now + Math.min(wait, MAX_HEADER_WAIT));
        }
    }

    private void reshapePaces(long now) {
        double s = share();
        if (buckets != null) {
            buckets.reshapePaced(s, minute.millis(), now);
        }
        requests.reshape(s, now);
    }

    /** Gives an answer's tokens back to the local estimate and to the shared store (if any). */
    private void giveBack(TokenLedger.GiveBack back) {
        if (buckets == null) {
            return;
        }
        if (back.local() > 0) {
            buckets.give(back.local());
        }
        if (store != null) {
            store.give(back.toStore(), tokenShape());
        }
    }

    private boolean informed() {
        return buckets != null || requests.known();
    }

    /** The shared tokens bucket's shape, once the bucket's size is known (else null). */
    SharedBudget.Shape tokenShape() {
        return buckets == null ? null
                : new SharedBudget.Shape((long) buckets.capacity(), minute.millis(), (long) buckets.level());
    }

    /** The shared requests-per-minute bucket's shape, once the RPM is known (else null): see {@link RequestLimits}. */
    SharedBudget.Shape requestShape() {
        return requests.shape();
    }

    private void settle(Permit permit) {
        ledger.settle(permit);
        congestion.onSettled(permit.tokens());
    }

    /**
     * Whether only a probe may go: before the first answer (unless a tokensPerMinute cap says what the bucket
     * holds), and while answers carried no usable counters yet.
     */
    private boolean probeMode() {
        return (!seenAnswer && buckets == null) || (!informed() && !headerless);
    }

    /** This process's share of the budget: 1 with a shared store, else what congestion control allows. */
    double share() {
        return store != null ? 1 : congestion.share();
    }

    /** Whether no admitted request is still waiting for its answer. */
    boolean nothingInFlight() {
        return ledger.inFlight() == 0;
    }

    /** Requests left today, when Groq said. */
    Long remainingRequests() {
        return requests.dayRemaining();
    }

    /** Tokens left in this minute (the estimate, rounded down), once the bucket's size is known. */
    Long remainingTokens() {
        return buckets == null ? null : (long) Math.floor(buckets.level());
    }

    /** The requests-per-minute limit, when known. */
    Long requestsPerMinute() {
        return requests.perMinute();
    }

    /** The tokens-per-minute limit, when known. */
    Long tokensPerMinute() {
        return buckets == null ? null : (long) buckets.capacity();
    }

    /** The tokens served from Groq's prompt cache and given back to the budget, in all. */
    long cachedTokensGivenBack() {
        return ledger.cachedTokensGivenBack();
    }

    /** The learned share of input tokens Groq serves from its prompt cache (0 to 1; 0 until an answer showed it). */
    double cachedShare() {
        return estimate.cachedShare();
    }

    /** The length of Groq's minute: learned from the headers, 60 s until then. */
    long minuteMillis() {
        return minute.millis();
    }

    /** For the debug log: what the model holds now. */
    @Override
    public String toString() {
        return "tokens " + (buckets == null ? null : (long) buckets.level()) + " / "
               + (buckets == null ? null : (long) buckets.pacedLevel()) + " of " + tokensPerMinute() + " per "
               + minute.millis() + " ms, share " + share() + ", cached " + estimate.cachedShare() + ", "
               + ledger.inFlight() + " in flight, sent #" + ledger.sentSequence();
    }
}
