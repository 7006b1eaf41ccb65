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
package dev.camelgroq.responses.secrets;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The secrets the running endpoints hold (API keys, MCP server header values), so that any text the component shows
 * (exception messages and getters, log lines) can be redacted. Endpoints register theirs when they start and remove
 * them when they stop.
 */
public final class KnownSecrets {

    /** What a secret is replaced with. */
    public static final String MASK = "xxxxxx";

    /** Shorter values are not redacted: they would mask ordinary words. */
    private static final int MIN_LENGTH = 6;

    private static final Map<Object, List<String>> BY_OWNER = new ConcurrentHashMap<>();

    private KnownSecrets() {
    }

    /**
     * Registers the secrets of {@code owner} (replacing any it registered before); of a header value such as
     * {@code Bearer abc} the credential after the scheme counts as a secret too.
     */
    public static void register(Object owner, Collection<String> secrets) {
        BY_OWNER.put(owner, secrets.stream().filter(s -> s != null).map(String::strip)
                .flatMap(s -> s.contains(" ") ? Stream.of(s, s.substring(s.lastIndexOf(' ') + 1)) : Stream.of(s))
                .filter(s -> s.length() >= MIN_LENGTH).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList());
    }

    /** Forgets the secrets of {@code owner}. */
    public static void unregister(Object owner) {
        BY_OWNER.remove(owner);
    }

    /** {@code text} with every known secret replaced by {@link #MASK}. */
    public static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = text;
        for (List<String> secrets : BY_OWNER.values()) {
            for (String secret : secrets) {
                if (result.contains(secret)) {
                    result = result.replace(secret, MASK);
                }
            }
        }
        return result;
    }
}
