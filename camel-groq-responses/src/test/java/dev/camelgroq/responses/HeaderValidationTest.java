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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import dev.camelgroq.responses.test.Reply;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Header overrides are data: checked by the same rule as their option, inline values only, never a resource loader.
 * Numeric options are range-checked at start.
 */
class HeaderValidationTest extends EmulatorTestSupport {

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
            GroqResponsesConstants.TEMPERATURE + "|3|between 0 and 2",
            GroqResponsesConstants.TEMPERATURE + "|-0.1|between 0 and 2",
            GroqResponsesConstants.TEMPERATURE + "|warm|must be a number",
            GroqResponsesConstants.MAX_OUTPUT_TOKENS + "|0|at least 1",
            GroqResponsesConstants.MAX_OUTPUT_TOKENS + "|12.5|whole number",
            GroqResponsesConstants.REASONING_EFFORT + "|extreme|low, medium, high",
            GroqResponsesConstants.MODEL + "|'   '|empty",
            GroqResponsesConstants.INSTRUCTIONS + "|''|empty",
    })
    void badHeaderValueIsRefusedNamingTheHeader(String header, String value, String expected) {
        Exchange exchange = send("", "Hi", Map.of(header, value));
        assertThat(exchange.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Header " + header).hasMessageContaining(expected);
        assertThat(emulator().requestCount()).isZero();
    }

    @Test
    void longThatDoesNotFitIsRefusedNeverWrapped() {
        long tooBig = (1L << 32) + 100; // wraps to 100 as an int
        Exchange exchange = send("", "Hi", Map.of(GroqResponsesConstants.MAX_OUTPUT_TOKENS, tooBig));
        assertThat(exchange.getException()).hasMessageContaining("Header " + GroqResponsesConstants.MAX_OUTPUT_TOKENS)
                .hasMessageContaining(Long.toString(tooBig));
        assertThat(emulator().requestCount()).isZero();
    }

    @Test
    void goodHeaderValuesReachTheWire() {
        sendOk("", "Hi", Map.of(GroqResponsesConstants.TEMPERATURE, "0.5", GroqResponsesConstants.MAX_OUTPUT_TOKENS,
                64L, GroqResponsesConstants.REASONING_EFFORT, "HIGH"));
        assertThat(lastJson().get("temperature").asDouble()).isEqualTo(0.5);
        assertThat(lastJson().get("max_output_tokens").asInt()).isEqualTo(64);
        assertThat(lastJson().at("/reasoning/effort").asText()).isEqualTo("high");
    }

    @ParameterizedTest
    @ValueSource(strings = { "file:/etc/passwd", "classpath:schemas/review.json", "http://169.254.169.254/latest" })
    void schemaHeaderNeverLoadsAResource(String reference) {
        Exchange exchange = send("", "Hi", Map.of(GroqResponsesConstants.JSON_SCHEMA, reference));
        assertThat(exchange.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Header " + GroqResponsesConstants.JSON_SCHEMA)
                .hasMessageContaining("inline JSON only").hasMessageContaining("endpoint option");
        assertThat(emulator().requestCount()).isZero();
    }

    @Test
    void perExchangeSchemaHonoursTheEndpointsRepairSetting() {
        emulator().when(r -> true).thenReply(Reply.json("{\"name\": 1}"));
        String schema = "{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\"}},\"required\":[\"name\"]}";
        Exchange exchange = send("structuredOutputRetries=3", "Hi", Map.of(GroqResponsesConstants.JSON_SCHEMA, schema));
        assertThat(exchange.getException(GroqResponsesException.class)).isNotNull()
                .hasMessageContaining("after 3 repair(s)");
        assertThat(emulator().requestCount()).isEqualTo(4);
    }

    @ParameterizedTest
    @ValueSource(strings = { "maxToolIterations=1000", "maxToolIterations=0", "maxRetries=-1", "topP=1.5",
                             "structuredOutputRetries=99", "maxOutputTokens=0", "retryInitialDelay=5000&retryMaxDelay=10" })
    void numericOptionOutOfRangeIsRefusedAtStart(String option) {
        String name = option.contains("retryMaxDelay") ? "retryMaxDelay" : option.substring(0, option.indexOf('='));
        assertThatThrownBy(() -> send(option, "Hi", Map.of())).hasStackTraceContaining("Option " + name);
        assertThat(emulator().requestCount()).isZero();
    }

    @Test
    void resourceLargerThanTheCapIsRefusedAtStart(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.json");
        Files.writeString(big, "{\"description\":\"" + "x".repeat(1 << 20) + "\"}");
        assertThatThrownBy(() -> send("jsonSchema=file:" + big, "Hi", Map.of()))
                .hasStackTraceContaining("Option jsonSchema").hasStackTraceContaining("larger than");
    }

    @Test
    void schemaResourceOverHttpIsLoadedOnceAtStart() {
        emulator().when(r -> true).thenReply(Reply.text("ok"));
        // the emulator answers GET /openai/v1/models with JSON: a resource that is not a schema object is refused
        assertThatThrownBy(() -> send("jsonSchema=" + GROQ.baseUrl() + "/nothing-here", "Hi", Map.of()))
                .hasStackTraceContaining("Option jsonSchema").hasStackTraceContaining("cannot read resource");
    }
}
