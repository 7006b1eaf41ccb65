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

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Starts a {@link dev.camelgroq.responses.test.GroqEmulator} for a Spring test context, points
 * {@code camel.component.groq-responses.base-url} at it, sets {@code camel.component.groq-responses.api-key}, and
 * registers the emulator as a bean so the test can autowire it to script answers and read requests. The emulator
 * stops with the context.
 *
 * <pre>
 * &#64;SpringBootTest
 * &#64;GroqEmulatorTest
 * class MyRouteTest {
 *     &#64;Autowired GroqEmulator groq;
 *     ...
 * }
 * </pre>
 *
 * Needs {@code camel-groq-responses-starter} on the class path (it maps the properties onto the component).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface GroqEmulatorTest {

    /** The API key the emulator accepts and the component sends. */
    String apiKey() default "test-key";
}
