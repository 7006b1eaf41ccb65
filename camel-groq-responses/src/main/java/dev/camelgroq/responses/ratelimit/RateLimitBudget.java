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
 * and keeps a window on what it has in flight ({@link CongestionControl}); with a {@link Store} the store decides
 * admissions while it is {@link Store#available() available}, and what is learned is written to it.
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

    private final Store shared;
    private final CongestionControl congestion = new CongestionControl();
    private final ReservationEstimate estimate = new ReservationEstimate();
    private final RequestLimits requests;
    private RefillingBudget tokensSeen;
    private RefillingBudget tokensPaced;
    private final GroqMinute minute = new GroqMinute();
    private long blockedUntil;
    private long sharedReadyAt;
    /** The gives of tokens to the shared store so far (a count): the store may have room sooner than it said. */
    private long storeGives;
    private boolean headerless;
    private boolean seenAnswer;
    private boolean probing;
    private long sentSequence;
    private long sentTokens;
    private long appliedSequence = -1;
    private long inFlight;
    private long inFlightTokens;
    private long lastAnswerAt;
    private long cachedTokensGivenBack;
    /** The last request sent before the bucket's size was known: the shared bucket never held its reservation. */
    private long sizeUnknownUpTo;

    /**
     * A budget known only by the caps ({@code null}: learned from Groq); {@code shared} is the shared store, or null
     * when the budget lives in this process alone.
     */
    RateLimitBudget(Long requestsPerMinute, Long tokensPerMinute, long now, Store shared) {
        this.shared = shared;
        this.lastAnswerAt = now;
        this.requests = new RequestLimits(requestsPerMinute, GroqMinute.MINUTE, now);
        if (tokensPerMinute != null) {
            tokensSeen = new RefillingBudget(tokensPerMinute, GroqMinute.MINUTE, now);
            tokensPaced = new RefillingBudget(tokensPerMinute, GroqMinute.MINUTE, now);
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
            if (probing || inFlight > 0) {
                return NEVER;
            }
            return storeDecides() ? Math.max(now, sharedReadyAt) : now;
        }
        long at = Math.max(now, blockedUntil);
        if (requests.dayUsedUp() && inFlight > 0) {
            return NEVER;
        }
        if (storeDecides()) {
            if (!fitsInFlight(tokens)) {
                return NEVER;
            }
            at = Math.max(at, sharedReadyAt);
        } else {
            if (tokensSeen != null && !congestion.admits(inFlightTokens, tokens, tokensSeen.capacity())) {
                return NEVER;
            }
            if (!fitsInFlight(tokens)) {
                return NEVER;
            }
            at = Math.max(at, now + requests.millisUntilNext(now));
            for (RefillingBudget budget : new RefillingBudget[] {tokensSeen, tokensPaced}) {
                if (budget != null) {
                    budget.advance(now);
                    at = Math.max(at, now + budget.millisUntil(tokens));
                }
            }
        }
        long stale = lastAnswerAt + MAX_HEADER_WAIT;
        if (at > stale) {
            // what the headers said is too old to keep the budget closed: one request asks Groq again
            return inFlight == 0 ? Math.max(now, stale) : NEVER;
        }
        return at;
    }

    /**
     * Whether a request of {@code tokens} keeps the whole reservations in flight within the bucket's capacity: Groq
     * counts a whole input when it admits the request and gives a cached prefix back only after processing, so
     * however much comes back later, no more whole inputs go in parallel than the bucket holds (a single request
     * always may, alone).
     */
    private boolean fitsInFlight(long tokens) {
        return tokensSeen == null || inFlightTokens == 0 || inFlightTokens + tokens <= tokensSeen.capacity();
    }

    /**
     * Whether the shared store decides admissions: once the bucket's size is known, and for the probe (the RPM the
     * fleet learned paces it), unless the store failed or was slow a moment ago (then the local estimate decides, as
     * when it is down).
     */
    boolean storeDecides() {
        return shared != null && (tokensSeen != null || probeMode()) && shared.available();
    }

    /** The shared store answered that the budget has room in {@code waitMillis}. */
    void storeAnswered(long waitMillis, long now) {
        sharedReadyAt = now + waitMillis;
    }

    /**
     * The shared store refused a request asked when {@link #storeGives()} was {@code givesAtAsk}: it has room in
     * {@code waitMillis} by its refill, or sooner when this process gave tokens back to it since it was asked (the
     * store's wait counts only its refill, not the cached tokens that answers give back within a latency).
     */
    void storeAnswered(long waitMillis, long givesAtAsk, long now) {
        sharedReadyAt = storeGives != givesAtAsk ? now : now + waitMillis;
    }

    /** The gives of tokens to the shared store so far (a count, for {@link #storeAnswered(long, long, long)}). */
    long storeGives() {
        return storeGives;
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
     * handed back to); the request waited {@code waitedMillis} for it.
     */
    Permit admit(RateLimitBucket owner, long tokens, long waitedMillis, long now) {
        return admit(owner, tokens, waitedMillis, now, -1);
    }

    /**
     * Like {@link #admit(RateLimitBucket, long, long, long)} for a request whose tokens the shared store took, with
     * {@code storeMark} (its {@link SharedBudget.Take#mark()}; -1 when it did not).
     */
    Permit admit(RateLimitBucket owner, long tokens, long waitedMillis, long now, long storeMark) {
        if (probeMode()) {
            probing = true;
        }
        requests.take();
        if (tokensSeen != null) {
            tokensSeen.take(tokens);
            tokensPaced.take(tokens);
        }
        Permit permit = new Permit(owner, ++sentSequence, tokens, sentTokens, waitedMillis, now,
                cachedTokensGivenBack, storeMark);
        if (tokensSeen == null) {
            sizeUnknownUpTo = sentSequence;
        }
        sentTokens += tokens;
        inFlight++;
        inFlightTokens += tokens;
        return permit;
    }

    /**
     * Learns from an answer (any status) to the request admitted with {@code permit}; {@code outputTokens} and
     * {@code totalTokens} are the answer's usage, when it has one; {@code errorMessage} Groq's error message, if any.
     */
    void onAnswer(Permit permit, RateLimitHeaders headers, int status, Long outputTokens, Long totalTokens,
                  String errorMessage, long now) {
        onAnswer(permit, headers, status, outputTokens, totalTokens, null, null, errorMessage, now);
    }

    /**
     * Like {@link #onAnswer(Permit, RateLimitHeaders, int, Long, Long, String, long)} with the answer's input
     * tokens and the part of them Groq served from its prompt cache ({@code usage.input_tokens_details
     * .cached_tokens}): Groq gives cached tokens back to the limit once the request was processed, so they are given
     * back here too (its counters were taken when the request arrived, before that), and the cached share is learned.
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
        // reserved less used: positive when the reservation was too large, negative when Groq counted more
        long unused = totalTokens != null && totalTokens >= 0 ? permit.tokens() - totalTokens : 0;
        long overReserved = Math.max(0, unused);
        long cached = status == 429 ? 0 : estimate.onCached(inputTokens, cachedTokens, totalTokens);
        cachedTokensGivenBack += cached;
        // Groq's header already counts this answer's real size locally (the over-reservation is given back locally
        // only when no header was learned); the shared store needs it returned (or, when Groq counted more than the
        // reservation, the rest charged), unless the request was sent before the bucket's size was known (a probe
        // takes nothing from the shared bucket). The cached prompt tokens go back to both, as Groq gives them back
        // after processing. One write to the store for both.
        long toStore = (permit.sequence() > sizeUnknownUpTo ? unused : 0) + cached;
        giveBack((learned ? 0 : overReserved) + cached, toStore);
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

    /**
     * Reads Groq's counters; returns whether any was usable. A group of headers that is incomplete or inconsistent
     * (remaining above the limit, a reset longer than such a limit can last) is ignored as a whole.
     */
    private boolean learn(Permit permit, RateLimitHeaders headers, long now) {
        boolean learned = false;
        Long limit = positive(headers.limitTokens());
        Long remaining = notNegative(headers.remainingTokens());
        Long reset = notNegative(headers.resetTokensMillis());
        if (limit != null && remaining != null && reset != null && remaining <= limit
            && reset <= GroqMinute.MAX_PERIOD
            && (remaining == (long) limit || reset > 0)) {
            minute.observe(limit, remaining, reset);
            long minuteMillis = minute.millis();
            boolean known = tokensSeen != null;
            if (!known) {
                tokensSeen = new RefillingBudget(limit, minuteMillis, now);
                tokensPaced = new RefillingBudget(limit, minuteMillis, now);
            }
            tokensSeen.reshape(limit, minuteMillis);
            long sentUpTo = permit.tokensSentBefore() + permit.tokens();
            long left = remaining - uncounted(sentTokens - sentUpTo);
            tokensSeen.advance(now);
            // what others took since the previous header: the server has less than this process alone explains.
            // Groq counted when the request arrived; the estimate has refilled since it was sent. The cached prompt
            // tokens that answers gave back since it was sent came back to Groq's bucket after Groq counted (once
            // their requests were processed): the estimate holds them, Groq's count not yet, and they are not others'.
            double refillSinceSent = (now - permit.sentAt()) * tokensSeen.capacity() / minuteMillis;
            long cachedSince = cachedTokensGivenBack - permit.cachedGivenBackBefore();
            double othersTook = tokensSeen.level() - refillSinceSent - left - cachedSince;
            if (known && shared == null) {
                congestion.onCounters(othersTook, sentUpTo, limit, permit.sequence(), sentSequence, inFlightTokens);
            } else {
                congestion.markSent(sentUpTo);
            }
            // others' requests in flight are not in Groq's count yet either
            long usable = shared == null ? left - congestion.othersInFlight(inFlightTokens, limit) : left;
            tokensSeen.set(usable);
            tokensPaced.advance(now);
            // this process takes its share of what Groq says is left
            tokensPaced.set(share() * usable);
            if (shared != null) {
                shared.lowerTo(remaining + (long) refillSinceSent, remaining, permit.storeMark(), tokenShape());
                followShared();
            }
            learned = true;
        }
        if (requests.learnDay(headers.remainingRequests(), headers.limitRequests(),
                sentSequence - permit.sequence())) {
            learned = true;
        }
        if (learned) {
            appliedSequence = permit.sequence();
            headerless = false;
        }
        return learned;
    }

    /**
     * The tokens a header may not count yet, given {@code sentAfter} tokens sent after the answered request. Requests
     * do not reach Groq in the order they were sent (a new connection takes longer than a pooled one), so an earlier
     * request still unanswered may arrive after the answered one: every request in flight is taken as not counted.
     * That errs on the safe side (a request counted already is subtracted twice until the next header).
     */
    private long uncounted(long sentAfter) {
        return Math.max(sentAfter, inFlightTokens);
    }

    /** A 429: the share shrinks, the RPM may become known, and Groq's delay is respected (within bounds). */
    private void onRateLimited(Permit permit, RateLimitHeaders headers, String errorMessage, long now) {
        RateLimitMessage message = RateLimitMessage.parse(errorMessage);
        boolean learnsLimit = message != null && message.isRequestsPerMinute() && requests.perMinute() == null;
        if (shared == null && learnsLimit) {
            congestion.onLimitLearned(sentSequence);
        } else if (shared == null) {
            congestion.onRateLimited(permit.sequence(), sentSequence, inFlightTokens);
        }
        if (message != null && message.isRequestsPerMinute()) {
            requests.onRequestsPerMinute(message, minute.millis(), minute.learned(), GroqMinute.MAX_PERIOD, now);
            if (shared != null) {
                // learned once for the fleet: the other instances are paced by it from their next request on
                shared.limitLearned(requestShape());
            }
        }
        Long wait = message != null && message.retryMillis() != null ? message.retryMillis()
                : headers == null ? null : notNegative(headers.retryAfterMillis());
        if (wait != null) {
            blockedUntil = Math.max(blockedUntil, now + Math.min(wait, MAX_HEADER_WAIT));
        }
    }

    private void reshapePaces(long now) {
        double s = share();
        if (tokensPaced != null) {
            tokensPaced.advance(now);
            tokensPaced.reshape(s * tokensSeen.capacity(), minute.millis());
        }
        requests.reshape(s, minute.millis(), minute.learned(), now);
    }

    /** Gives {@code local} tokens back to the local estimate and {@code toStore} to the shared store (if any). */
    private void giveBack(long local, long toStore) {
        if (tokensSeen == null) {
            return;
        }
        if (local > 0) {
            tokensSeen.give(local);
            tokensPaced.give(local);
        }
        if (shared != null && toStore < 0) {
            // Groq counted more than the reservation: the shared bucket is charged the rest
            shared.give(toStore, tokenShape());
        } else if (shared != null && toStore > 0) {
            shared.give(toStore, tokenShape());
            // the store has room again, sooner than the refill it named when it refused the head of the queue: the
            // head asks again (after this give, in the store's order)
            storeGives++;
            sharedReadyAt = 0;
        }
    }

    private boolean informed() {
        return tokensSeen != null || requests.known();
    }

    /**
     * Puts what the headers taught (the length of Groq's minute, the limits) into the shared buckets, which were
     * created with what was known then (perhaps a 60 s guess): the whole fleet paces at the learned rate. A guess is
     * never put: before the minute is learned the store keeps what it has.
     */
    private void followShared() {
        if (!minute.learned()) {
            return;
        }
        shared.follow(SharedBudget.TOKENS, tokenShape());
        SharedBudget.Shape requestShape = requestShape();
        if (requestShape != null) {
            shared.follow(SharedBudget.REQUESTS, requestShape);
        }
    }

    /** The shared tokens bucket's shape, once the bucket's size is known (else null). */
    SharedBudget.Shape tokenShape() {
        return tokensSeen == null ? null
                : new SharedBudget.Shape((long) tokensSeen.capacity(), minute.millis(), (long) tokensSeen.level());
    }

    /**
     * The shared requests-per-minute bucket's shape, once the RPM is known (else null), starting with what this
     * process knows is left.
     */
    SharedBudget.Shape requestShape() {
        Long rpm = requests.perMinute();
        return rpm == null ? null
                : new SharedBudget.Shape(rpm, requests.period(minute.millis(), minute.learned()), requests.level());
    }

    private void settle(Permit permit) {
        inFlight = Math.max(0, inFlight - 1);
        inFlightTokens = Math.max(0, inFlightTokens - permit.tokens());
        congestion.onSettled(permit.tokens());
    }

    /**
     * Whether only a probe may go: before the first answer (unless a tokensPerMinute cap says what the bucket
     * holds), and while answers carried no usable counters yet.
     */
    private boolean probeMode() {
        return (!seenAnswer && tokensSeen == null) || (!informed() && !headerless);
    }

    private static Long positive(Long value) {
        return value == null || value <= 0 ? null : value;
    }

    private static Long notNegative(Long value) {
        return value == null || value < 0 ? null : value;
    }

    /** This process's share of the budget: 1 with a shared store, else what congestion control allows. */
    double share() {
        return shared != null ? 1 : congestion.share();
    }

    /** Whether no admitted request is still waiting for its answer. */
    boolean nothingInFlight() {
        return inFlight == 0;
    }

    /** Requests left today, when Groq said. */
    Long remainingRequests() {
        return requests.dayRemaining();
    }

    /** Tokens left in this minute (the estimate, rounded down), once the bucket's size is known. */
    Long remainingTokens() {
        return tokensSeen == null ? null : (long) Math.floor(tokensSeen.level());
    }

    /** The requests-per-minute limit, when known. */
    Long requestsPerMinute() {
        return requests.perMinute();
    }

    /** The tokens-per-minute limit, when known. */
    Long tokensPerMinute() {
        return tokensSeen == null ? null : (long) tokensSeen.capacity();
    }

    /** The tokens served from Groq's prompt cache and given back to the budget, in all. */
    long cachedTokensGivenBack() {
        return cachedTokensGivenBack;
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
        return "tokens " + (tokensSeen == null ? null : (long) tokensSeen.level()) + " / "
               + (tokensPaced == null ? null : (long) tokensPaced.level()) + " of " + tokensPerMinute() + " per "
               + minute.millis() + " ms, share " + share() + ", cached " + estimate.cachedShare() + ", " + inFlight
               + " in flight, sent #" + sentSequence;
    }
}
