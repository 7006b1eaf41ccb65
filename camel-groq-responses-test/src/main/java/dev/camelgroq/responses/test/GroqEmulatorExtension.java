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

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension that runs one {@link GroqEmulator} for a test class and resets its scripts and recordings before
 * each test:
 *
 * <pre>
 * &#64;RegisterExtension
 * static GroqEmulatorExtension groq = new GroqEmulatorExtension();
 * ... "groq-responses:extract?model=openai/gpt-oss-20b&amp;apiKey=test&amp;baseUrl=" + groq.baseUrl()
 * </pre>
 *
 * Test methods may also declare a {@link GroqEmulator} parameter.
 */
public class GroqEmulatorExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, ParameterResolver {

    private final GroqEmulator emulator;

    public GroqEmulatorExtension() {
        this(new GroqEmulator());
    }

    /** Uses a pre-configured emulator (port, key, models). */
    public GroqEmulatorExtension(GroqEmulator emulator) {
        this.emulator = emulator;
    }

    public GroqEmulator emulator() {
        return emulator;
    }

    /** The emulator's base URL. */
    public String baseUrl() {
        return emulator.start().baseUrl();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        emulator.start();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        emulator.reset();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        emulator.close();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == GroqEmulator.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return emulator;
    }
}
