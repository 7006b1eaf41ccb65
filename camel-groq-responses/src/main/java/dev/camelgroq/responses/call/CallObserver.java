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
package dev.camelgroq.responses.call;

import dev.camelgroq.responses.response.ParsedResponse;
import dev.camelgroq.responses.response.RateLimitHeaders;

/**
 * What the caller tells observability about each logical call: admission, every HTTP answer, retries, the final
 * outcome. It lives beside {@link ResponsesCaller}, the code that calls it; the flow reports what happens to one
 * exchange through its own {@code FlowObserver}. Every method is a no-op by default; {@link #NONE} observes nothing.
 */
public interface CallObserver {

    /** Observes nothing. */
    CallObserver NONE = new CallObserver() {
    };

    /** The rate-limit governor admitted an attempt after {@code waitedMillis}. */
    default void admitted(String model, long waitedMillis) {
    }

    /** An HTTP answer arrived (any status, retried or not); {@code limits} may be null. */
    default void answered(String model, int status, RateLimitHeaders limits) {
    }

    /**
     * An attempt failed and another one is scheduled: Groq's {@code errorCode} (may be null), the HTTP
     * {@code status} (0 without an answer) and the {@code failure} (may be null) tell why.
     */
    default void retrying(String model, String errorCode, int status, Throwable failure) {
    }

    /** A logical call (one or more attempts) ended with an answer, {@code nanos} after it began. */
    default void succeeded(String model, ParsedResponse response, long nanos) {
    }

    /** A logical call ended in {@code failure}, {@code nanos} after it began. */
    default void failed(String model, Throwable failure, long nanos) {
    }
}
