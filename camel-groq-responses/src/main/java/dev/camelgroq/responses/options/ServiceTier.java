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
package dev.camelgroq.responses.options;

/**
 * The {@code serviceTier} option: the tiers Groq's Responses schema lists for {@code service_tier} ({@code auto},
 * {@code default}, {@code flex}). {@code on_demand}, the chat completions name of the default tier, is accepted and
 * sent as {@code default}. {@code performance} (an enterprise tier of chat completions) is not in the Responses
 * schema: an endpoint that sets it is refused at start.
 */
public enum ServiceTier implements WireValue {
    AUTO,
    DEFAULT,
    FLEX,
    /** The chat completions name of the default tier: accepted and sent as default. */
    ON_DEMAND,
    /** Not accepted by Groq's Responses API: refused at start, naming the option. */
    PERFORMANCE;

    @Override
    public boolean listed() {
        return this != PERFORMANCE;
    }

    @Override
    public String value() {
        return this == ON_DEMAND ? DEFAULT.value() : WireValue.super.value();
    }
}
