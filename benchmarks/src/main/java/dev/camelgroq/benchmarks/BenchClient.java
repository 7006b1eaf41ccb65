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
package dev.camelgroq.benchmarks;

import java.util.concurrent.CompletableFuture;

/** One way of calling the Responses API: completes with the call's total tokens, or fails. */
interface BenchClient extends AutoCloseable {

    String name();

    CompletableFuture<Long> call(String input);

    /** A streamed call: runs {@code firstDelta} when the first text delta arrives; completes with total tokens. */
    default CompletableFuture<Long> stream(String input, Runnable firstDelta) {
        throw new UnsupportedOperationException(name() + " does not stream");
    }

    @Override
    default void close() throws Exception {
    }
}
