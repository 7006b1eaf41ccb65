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
package dev.camelgroq.responses.test;

/**
 * Groq's answers to a request its rate limits refuse: 413 for a request larger than the whole token limit, 429 naming
 * the limit, what was used of it and when to try again.
 */
final class RateLimitErrors {

    private RateLimitErrors() {
    }

    /** The error for a request of {@code requested} tokens that {@code d} refused. */
    static Reply refused(EmulatorRequest request, EmulatorRateLimits.Decision d, long requested) {
        if (d.status() == 413) {
            return Reply.error(413, "tokens", "rate_limit_exceeded", "Request too large for model `" + request.model()
                    + "` in organization `org_emulator` service tier `on_demand` on tokens per minute (TPM): Limit "
                    + d.limit() + ", Requested " + requested
                    + ", please reduce your message size and try again.");
        }
        String what = "tokens".equals(d.kind()) ? "tokens per minute (TPM)" : "requests per minute (RPM)";
        return Reply.error(429, d.kind(), "rate_limit_exceeded", "Rate limit reached for model `" + request.model()
                + "` in organization `org_emulator` service tier `on_demand` on " + what + ": Limit " + d.limit()
                + ", Used " + d.used() + ", Requested " + ("tokens".equals(d.kind()) ? requested : 1)
                + ". Please try again in "
                + EmulatorDurations.format(d.retryAfterMillis()) + ".");
    }

    /** The {@code retry-after} header: whole seconds, rounded up, as Groq writes them; the message is precise. */
    static String retryAfterSeconds(long millis) {
        return Long.toString(Math.max(1, (millis + 999) / 1000));
    }
}
