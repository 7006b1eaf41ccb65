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

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Groq's prompt cache as the emulator models it (opt-in per model, {@link GroqEmulator#promptCaching}): the static
 * part of a request, everything its body holds before {@code "input"} (instructions, schema, tools, settings), is
 * cached per model once a request carrying it was admitted; a later request whose body starts with exactly the same
 * bytes reports that part as {@code usage.input_tokens_details.cached_tokens}. A prefix unused for {@code ttlMillis}
 * expires (Groq: two hours). At most {@link #MAX_PREFIXES} prefixes are kept (the least recently used go first).
 */
final class PromptCache {

    static final int MAX_PREFIXES = 10_000;

    private final Set<String> models;
    private final long ttlMillis;
    /** Model and prefix, to when it was last used. */
    private final Map<String, Long> lastUsed = new HashMap<>();

    PromptCache(Set<String> models, long ttlMillis) {
        this.models = Set.copyOf(models);
        this.ttlMillis = ttlMillis;
    }

    /** The tokens of this request's prefix that are cached now (0: a miss, or a model without caching). */
    synchronized long cachedTokens(EmulatorRequest request, long now) {
        String key = key(request);
        if (key == null) {
            return 0;
        }
        Long used = lastUsed.get(key);
        if (used == null || now - used > ttlMillis) {
            lastUsed.remove(key);
            return 0;
        }
        return Tokens.estimate(key.length() - request.model().length() - 1);
    }

    /** Caches (or keeps fresh) the prefix of an admitted request. */
    synchronized void remember(EmulatorRequest request, long now) {
        String key = key(request);
        if (key == null) {
            return;
        }
        lastUsed.put(key, now);
        if (lastUsed.size() > MAX_PREFIXES) {
            evict(now);
        }
    }

    private void evict(long now) {
        lastUsed.values().removeIf(used -> now - used > ttlMillis);
        while (lastUsed.size() > MAX_PREFIXES) {
            Iterator<Map.Entry<String, Long>> it = lastUsed.entrySet().iterator();
            Map.Entry<String, Long> oldest = it.next();
            while (it.hasNext()) {
                Map.Entry<String, Long> e = it.next();
                if (e.getValue() < oldest.getValue()) {
                    oldest = e;
                }
            }
            lastUsed.remove(oldest.getKey());
        }
    }

    /** The model and the body before its input, or null when the model has no cache or the body no input. */
    private String key(EmulatorRequest request) {
        String model = request.model();
        if (model == null || !models.contains(model)) {
            return null;
        }
        String body = request.rawBody();
        int input = body.indexOf("\"input\"");
        return input <= 1 ? null : model + "\n" + body.substring(0, input);
    }
}
