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
 * The token accounting of the requests a {@link RateLimitBudget} admitted: their sequence, the tokens sent in all and
 * those still in flight, and what an answer gives back once it shows what was used (a reservation larger than the
 * usage, the prompt tokens Groq served from its cache). Pure state.
 */
final class TokenLedger {

    private long sentSequence;
    private long sentTokens;
    private long inFlight;
    private long inFlightTokens;
    private long cachedTokensGivenBack;
    /** The last request sent before the bucket's size was known: the shared bucket never held its reservation. */
    private long sizeUnknownUpTo;

    /**
     * What an answer gives back: {@code local} tokens to the local estimate, {@code toStore} to the shared store
     * (negative: what Groq counted beyond the reservation, charged to it).
     */
    record GiveBack(long local, long toStore) {
    }

    /**
     * Records a request of {@code tokens} sent now ({@code sizeKnown}: whether the bucket's size was known) and
     * returns its permit, with the bucket it is handed back to, the time it waited and the shared store's mark.
     */
    Permit send(RateLimitBucket owner, long tokens, long waitedMillis, long now, long storeMark, boolean sizeKnown) {
        Permit permit = new Permit(owner, ++sentSequence, tokens, sentTokens, waitedMillis, now,
                cachedTokensGivenBack, storeMark);
        if (!sizeKnown) {
            sizeUnknownUpTo = sentSequence;
        }
        sentTokens += tokens;
        inFlight++;
        inFlightTokens += tokens;
        return permit;
    }

    /** The number of the last request sent (0 before the first). */
    long sentSequence() {
        return sentSequence;
    }

    /** The request admitted with {@code permit} is no longer in flight (answered, or not at all). */
    void settle(Permit permit) {
        inFlight = Math.max(0, inFlight - 1);
        inFlightTokens = Math.max(0, inFlightTokens - permit.tokens());
    }

    /** How many admitted requests are still waiting for their answer. */
    long inFlight() {
        return inFlight;
    }

    /**
     * Whether a request of {@code tokens} keeps the whole reservations in flight within the bucket's
     * {@code capacity}: Groq counts a whole input when it admits the request and gives a cached prefix back only
     * after processing, so however much comes back later, no more whole inputs go in parallel than the bucket holds
     * (a single request always may, alone).
     */
    boolean fits(long tokens, double capacity) {
        return inFlightTokens == 0 || inFlightTokens + tokens <= capacity;
    }

    /** The tokens the requests still waiting for their answer reserved. */
    long inFlightTokens() {
        return inFlightTokens;
    }

    /**
     * The tokens a header may not count yet, given that {@code sentUpTo} tokens were sent up to the answered request.
     * Requests do not reach Groq in the order they were sent (a new connection takes longer than a pooled one), so an
     * earlier request still unanswered may arrive after the answered one: every request in flight is taken as not
     * counted. That errs on the safe side (a request counted already is subtracted twice until the next header).
     */
    long uncounted(long sentUpTo) {
        return Math.max(sentTokens - sentUpTo, inFlightTokens);
    }

    /** The cached prompt tokens that answers gave back since the request of {@code permit} was sent. */
    long cachedSince(Permit permit) {
        return cachedTokensGivenBack - permit.cachedGivenBackBefore();
    }

    /** The tokens served from Groq's prompt cache and given back to the budget, in all. */
    long cachedTokensGivenBack() {
        return cachedTokensGivenBack;
    }

    /**
     * Accounts an answer to {@code permit} that counted {@code totalTokens} (null: no usage), {@code cached} of them
     * served from Groq's prompt cache; {@code learned}: whether its headers were learned from. Returns what goes back.
     */
    GiveBack answered(Permit permit, Long totalTokens, long cached, boolean learned) {
        // reserved less used: positive when the reservation was too large, negative when Groq counted more
        long unused = totalTokens != null && totalTokens >= 0 ? permit.tokens() - totalTokens : 0;
        long overReserved = Math.max(0, unused);
        cachedTokensGivenBack += cached;
        // Groq's header already counts this answer's real size locally (the over-reservation is given back locally
        // only when no header was learned); the shared store needs it returned (or, when Groq counted more than the
        // reservation, the rest charged), unless the request was sent before the bucket's size was known (a probe
        // takes nothing from the shared bucket). The cached prompt tokens go back to both, as Groq gives them back
        // after processing. One write to the store for both.
        long toStore = (permit.sequence() > sizeUnknownUpTo ? unused : 0) + cached;
        return new GiveBack((learned ? 0 : overReserved) + cached, toStore);
    }
}
