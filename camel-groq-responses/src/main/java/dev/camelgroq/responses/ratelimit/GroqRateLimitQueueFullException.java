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

import dev.camelgroq.responses.GroqResponsesException;

/**
 * The rate-limit governor's queue is full: more requests are waiting for Groq's budget than
 * {@code maxPendingRequests} allows. Slow the producer down (fewer concurrent consumers) or raise the bound.
 */
public class GroqRateLimitQueueFullException extends GroqResponsesException {

    private static final long serialVersionUID = 1L;

    public GroqRateLimitQueueFullException(String message) {
        super(message, null, new Details().status(0).type("rate_limit_queue_full").retryable(true).message(message));
    }
}
