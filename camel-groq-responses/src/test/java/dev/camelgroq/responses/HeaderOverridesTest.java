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
import java.util.stream.Stream;

import dev.camelgroq.responses.request.Json;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Each header overrides its option for that exchange only. */
class HeaderOverridesTest extends EmulatorTestSupport {

    static Stream<Arguments> overrides() {
        return Stream.of(
                arguments("", GroqResponsesConstants.MODEL, "llama-3.1-8b-instant", "/model",
                        "\"openai/gpt-oss-20b\"", "\"llama-3.1-8b-instant\""),
                arguments("instructions=from option", GroqResponsesConstants.INSTRUCTIONS, "from header",
                        "/instructions", "\"from option\"", "\"from header\""),
                arguments("jsonSchema=classpath:schemas/review.json", GroqResponsesConstants.JSON_SCHEMA,
                        "{\"type\":\"object\",\"properties\":{\"x\":{\"type\":\"integer\"}}}",
                        "/text/format/schema/properties/x/type", "null", "\"integer\""),
                arguments("reasoningEffort=low", GroqResponsesConstants.REASONING_EFFORT, "high", "/reasoning/effort",
                        "\"low\"", "\"high\""),
                arguments("temperature=0.5", GroqResponsesConstants.TEMPERATURE, "1.5", "/temperature", "0.5",
                        "1.5"),
                arguments("maxOutputTokens=100", GroqResponsesConstants.MAX_OUTPUT_TOKENS, 7, "/max_output_tokens",
                        "100", "7"));
    }

    @ParameterizedTest(name = "{1} overrides [{0}]")
    @MethodSource("overrides")
    void headerWinsForThatExchangeOnly(String option, String header, Object value, String pointer,
                                       String optionJson, String headerJson) throws Exception {
        sendOk(option, "Hello", Map.of(header, value));
        assertThat(lastJson().at(pointer)).isEqualTo(Json.MAPPER.readTree(headerJson));

        sendOk(option, "Hello", Map.of());
        if ("null".equals(optionJson)) {
            assertThat(lastJson().at(pointer).isMissingNode()).isTrue();
        } else {
            assertThat(lastJson().at(pointer)).isEqualTo(Json.MAPPER.readTree(optionJson));
        }
    }

    @ParameterizedTest(name = "bad {0}")
    @MethodSource("badHeaders")
    void unusableHeaderValueNamesTheHeader(String header, Object value) {
        var exchange = send("", "Hello", Map.of(header, value));
        assertThat(exchange.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(header);
        assertThat(emulator().requestCount()).isZero();
    }

    static Stream<Arguments> badHeaders() {
        return Stream.of(
                arguments(GroqResponsesConstants.REASONING_EFFORT, "extreme"),
                arguments(GroqResponsesConstants.TEMPERATURE, "warm"),
                arguments(GroqResponsesConstants.MAX_OUTPUT_TOKENS, "many"),
                arguments(GroqResponsesConstants.JSON_SCHEMA, "{not json"));
    }
}
