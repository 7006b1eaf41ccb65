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
package dev.camelgroq.responses.stream;

/**
 * How an endpoint coalesces the deltas it sends to {@code streamTo}: {@code minChars} (option streamMinChars; 0: no
 * size rule) and {@code maxDelayMillis} (option streamMaxDelay; 0: no time rule). Both 0: every delta is sent alone.
 */
public record StreamCoalescing(int minChars, long maxDelayMillis) {

    /** Every delta sent as it arrives. */
    public static final StreamCoalescing NONE = new StreamCoalescing(0, 0);

    public boolean enabled() {
        return minChars > 0 || maxDelayMillis > 0;
    }
}
