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
 * Admission of one HTTP attempt by a {@link RateLimitBucket}: its place in the send order, the tokens reserved, how
 * long it waited, when it was sent, the prompt-cache tokens given back to the budget before it was sent (the
 * answers after that gave back tokens that Groq's counters, read when this request arrived, did not hold yet), and,
 * when the shared store took its tokens, the store's mark at that moment (the tokens the shared bucket held after the
 * take plus those this process had drained from it until then; -1 when the store did not take its tokens).
 */
public record Permit(RateLimitBucket bucket, long sequence, long tokens, long tokensSentBefore, long waitedMillis,
                     long sentAt, long cachedGivenBackBefore, long storeMark) {

    /** A permit without the prompt-cache figure (nothing given back before it), not taken from a shared store. */
    public Permit(RateLimitBucket bucket, long sequence, long tokens, long tokensSentBefore, long waitedMillis,
                  long sentAt) {
        this(bucket, sequence, tokens, tokensSentBefore, waitedMillis, sentAt, 0, -1);
    }

    /** A permit for a request that bypasses the governor. */
    public static Permit unlimited() {
        return new Permit(null, 0, 0, 0, 0, 0, 0, -1);
    }
}
