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
 * long it waited, and when it was sent.
 */
public record Permit(RateLimitBucket bucket, long sequence, long tokens, long tokensSentBefore, long waitedMillis,
                     long sentAt) {

    /** A permit for a request that bypasses the governor. */
    public static Permit unlimited() {
        return new Permit(null, 0, 0, 0, 0, 0);
    }
}
