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
package dev.camelgroq.responses.flow;

import java.util.List;

import dev.camelgroq.responses.call.CallResult;
import dev.camelgroq.responses.tools.ToolOutcome;
import org.apache.camel.Exchange;

/**
 * What the flow tells observability about one exchange: model calls, tool rounds, repairs. It lives beside
 * {@link ResponseFlow}, the code that calls it. Every method is a no-op by default; {@link #NONE} observes nothing.
 */
public interface FlowObserver {

    /** Observes nothing. */
    FlowObserver NONE = new FlowObserver() {
    };

    /** The flow of {@code exchange} got an answer (possibly after retries). */
    default void modelCall(Exchange exchange, CallResult result) {
    }

    /** A model call of the flow of {@code exchange} failed for good (after its retries). */
    default void modelCallFailed(Exchange exchange, Throwable failure) {
    }

    /** The flow of {@code exchange} ran tool round {@code round}. */
    default void toolRound(Exchange exchange, int round, List<ToolOutcome> outcomes) {
    }

    /** The flow of {@code exchange} asks the model to repair a structured output. */
    default void repair(Exchange exchange, List<String> problems) {
    }
}
