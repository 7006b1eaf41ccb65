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

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;

import javax.net.ssl.SSLContext;

/**
 * The emulator's configuration, as {@link GroqEmulator}'s fluent methods set it: how it serves, which API key and
 * models it accepts, how strictly it checks requests, and which rate limits, prompt cache and default delay it
 * models. The request handlers read it for every request.
 */
final class EmulatorSettings {

    /** The port to listen on; 0 picks a free one. */
    int port;
    /** Serves HTTPS with this context; {@code null}: plain HTTP. */
    SSLContext tls;
    /** The only API key accepted; {@code null}: any non-empty bearer token. */
    String expectedApiKey;
    final Set<String> models = new LinkedHashSet<>(GroqEmulator.DEFAULT_MODELS);
    boolean recording = true;
    volatile boolean strict = true;
    volatile EmulatorRateLimits limits = EmulatorRateLimits.generous();
    volatile PromptCache promptCache = noPromptCache();
    /** The delay of every answer to {@code POST /responses} that has none of its own. */
    volatile Duration defaultDelay = Duration.ZERO;

    /** Whether this {@code Authorization} header carries an API key the emulator accepts. */
    boolean authorizes(String authorization) {
        return authorization != null && authorization.startsWith("Bearer ") && authorization.length() > 7
                && (expectedApiKey == null || authorization.equals("Bearer " + expectedApiKey));
    }

    /** Returns to the strict request check, generous limits and no prompt cache ({@link GroqEmulator#reset()}). */
    void reset() {
        strict = true;
        limits = EmulatorRateLimits.generous();
        promptCache = noPromptCache();
    }

    private static PromptCache noPromptCache() {
        return new PromptCache(Set.of(), 0);
    }
}
