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

import java.util.Objects;

import dev.camelgroq.responses.test.GroqEmulator;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

/** Starts one emulator per test context, exposes it as a bean and as the starter's base-url / api-key. */
final class GroqEmulatorContextCustomizer implements ContextCustomizer {

    private final String apiKey;

    GroqEmulatorContextCustomizer(String apiKey) {
        this.apiKey = apiKey;
    }

    @Override
    public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
        GroqEmulator emulator = new GroqEmulator().apiKey(apiKey).start();
        context.getEnvironment().getPropertySources()
                .addFirst(new MapPropertySource("groqEmulator", GroqEmulatorPropertySource.properties(emulator, apiKey)));
        context.getBeanFactory().registerSingleton("groqEmulator", emulator);
        context.addApplicationListener((ApplicationListener<ContextClosedEvent>) event -> {
            if (event.getApplicationContext() == context) {
                emulator.close();
            }
        });
    }

    // equal customizers let Spring's test context cache share one context (and one emulator)
    @Override
    public boolean equals(Object other) {
        return other instanceof GroqEmulatorContextCustomizer
                && Objects.equals(apiKey, ((GroqEmulatorContextCustomizer) other).apiKey);
    }

    @Override
    public int hashCode() {
        return Objects.hash(GroqEmulatorContextCustomizer.class, apiKey);
    }
}
