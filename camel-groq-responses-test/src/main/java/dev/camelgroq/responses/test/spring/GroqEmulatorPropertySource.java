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
package dev.camelgroq.responses.test.spring;

import java.util.Map;

import dev.camelgroq.responses.test.GroqEmulator;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * For tests that manage the emulator themselves: registers its base URL and key as the starter's properties.
 *
 * <pre>
 * static final GroqEmulator GROQ = new GroqEmulator().start();
 *
 * &#64;DynamicPropertySource
 * static void groq(DynamicPropertyRegistry registry) {
 *     GroqEmulatorPropertySource.register(registry, GROQ, "test-key");
 * }
 * </pre>
 */
public final class GroqEmulatorPropertySource {

    /** The starter property of the base URL. */
    public static final String BASE_URL = "camel.component.groq-responses.base-url";
    /** The starter property of the API key. */
    public static final String API_KEY = "camel.component.groq-responses.api-key";

    private GroqEmulatorPropertySource() {
    }

    /** Registers the emulator's base URL (started on demand) and the key. */
    public static void register(DynamicPropertyRegistry registry, GroqEmulator emulator, String apiKey) {
        properties(emulator, apiKey).forEach((name, value) -> registry.add(name, () -> value));
    }

    /** The starter properties that point the component at the emulator. */
    public static Map<String, Object> properties(GroqEmulator emulator, String apiKey) {
        return Map.of(BASE_URL, emulator.start().baseUrl(), API_KEY, apiKey);
    }
}
