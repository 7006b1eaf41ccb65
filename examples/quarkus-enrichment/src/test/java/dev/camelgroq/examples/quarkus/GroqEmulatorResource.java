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
package dev.camelgroq.examples.quarkus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import dev.camelgroq.responses.test.GroqEmulator;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts the Groq emulator before the Quarkus application and hands its URL and key to the application as
 * configuration, the way Camel K passes properties: the component is configured by
 * {@code camel.component.groq-responses.*} only. Batches are read from {@link #INBOX} and the enriched ones go to
 * {@code mock:enriched}, so a test sees the message that leaves the route, headers included.
 */
public class GroqEmulatorResource implements QuarkusTestResourceLifecycleManager {

    /** The key the application is configured with; the emulator refuses any other. */
    static final String KEY = "gsk_quarkus_example_0123456789";

    /** The folder the route reads batches from (created empty at start). */
    static final Path INBOX = Path.of("target/enrichment-test/in");

    private GroqEmulator emulator;

    @Override
    public Map<String, String> start() {
        try {
            Files.createDirectories(INBOX);
            try (var old = Files.list(INBOX)) {
                for (Path file : old.toList()) {
                    Files.delete(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        emulator = new GroqEmulator().apiKey(KEY).start();
        return Map.of(
                "camel.component.groq-responses.base-url", emulator.baseUrl(),
                "camel.component.groq-responses.api-key", KEY,
                "enrichment.source", "file:" + INBOX + "?noop=true&include=.*\\.json",
                "enrichment.sink", "mock:enriched",
                "camel.health.producers-enabled", "true");
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(emulator,
                new TestInjector.AnnotatedAndMatchesType(InjectGroqEmulator.class, GroqEmulator.class));
    }

    @Override
    public void stop() {
        if (emulator != null) {
            emulator.close();
        }
    }
}
