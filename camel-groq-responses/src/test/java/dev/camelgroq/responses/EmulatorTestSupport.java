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
package dev.camelgroq.responses;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelgroq.responses.test.EmulatorRequest;
import dev.camelgroq.responses.test.GroqEmulator;
import dev.camelgroq.responses.test.GroqEmulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One CamelContext and one emulator per test class; the emulator forgets scripts and recordings before each test.
 * Endpoints are used straight from a ProducerTemplate, the way a route's {@code to(...)} would use them.
 */
abstract class EmulatorTestSupport {

    static final String KEY = "gsk_test_0123456789abcdef";

    @RegisterExtension
    static final GroqEmulatorExtension GROQ = new GroqEmulatorExtension();

    static CamelContext context;
    static ProducerTemplate template;

    @BeforeAll
    static void startCamel() throws Exception {
        context = new DefaultCamelContext();
        context.getRegistry().bind("weatherTools", java.util.List.of(Map.of("type", "function", "name",
                "lookup_customer", "parameters", Map.of("type", "object", "properties", Map.of()))));
        context.start();
        template = context.createProducerTemplate();
    }

    @AfterAll
    static void stopCamel() {
        context.stop();
    }

    static GroqEmulator emulator() {
        return GROQ.emulator();
    }

    /** An endpoint URI for the emulator with the given extra options ({@code &}-joined, may be empty). */
    static String uri(String options) {
        return "groq-responses:test?model=openai/gpt-oss-20b&apiKey=RAW(" + KEY + ")&baseUrl=" + GROQ.baseUrl()
               + (options.isEmpty() ? "" : "&" + options);
    }

    /** The URI of an endpoint named {@code name} (tests that tell endpoints apart, e.g. by their metrics). */
    static String namedUri(String name, String options) {
        return uri(options).replaceFirst("^groq-responses:test\\?", "groq-responses:" + name + "?");
    }

    static Exchange send(String options, Object body) {
        return send(options, body, Map.of());
    }

    static Exchange send(String options, Object body, Map<String, Object> headers) {
        Exchange exchange = new DefaultExchange(context);
        exchange.getIn().setBody(body);
        exchange.getIn().setHeaders(new java.util.HashMap<>(headers));
        return template.send(uri(options), exchange);
    }

    /** Sends and asserts success; returns the exchange. */
    static Exchange sendOk(String options, Object body, Map<String, Object> headers) {
        Exchange exchange = send(options, body, headers);
        assertThat(exchange.getException()).as("exchange exception").isNull();
        return exchange;
    }

    static JsonNode lastJson() {
        EmulatorRequest last = emulator().lastRequest();
        assertThat(last).as("a request reached the emulator").isNotNull();
        return last.json();
    }
}
