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

import org.apache.camel.Exchange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Fields Groq does not support are refused before any HTTP call, with what to do instead. */
class UnsupportedFieldsTest extends EmulatorTestSupport {

    @ParameterizedTest
    @ValueSource(strings = { "previous_response_id", "store", "truncation", "include", "safety_identifier",
                             "prompt_cache_key" })
    void refusedInTheBodyWithoutAnyCall(String field) {
        Exchange exchange = send("", Map.of("input", "Hi", field, "x"), Map.of());
        assertThat(exchange.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + field + "'").hasMessageContaining("not supported by Groq");
        assertThat(emulator().requestCount()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = { "previous_response_id", "store", "truncation", "include", "safety_identifier",
                             "prompt_cache_key" })
    void refusedAsAdditionalBodyPropertyAtStart(String field) {
        assertThatThrownBy(() -> template.sendBody(uri("additionalBodyProperty." + field + "=x"), "Hi"))
                .rootCause().hasMessageContaining("'" + field + "'")
                .hasMessageContaining("additionalBodyProperty." + field);
        assertThat(emulator().requestCount()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = { "previous_response_id" })
    void previousResponseIdAdviceSaysToResendHistory(String field) {
        Exchange exchange = send("bodyFormat=request", "{\"input\":\"Hi\",\"previous_response_id\":\"resp_1\"}",
                Map.of());
        assertThat(exchange.getException()).hasMessageContaining("whole conversation");
    }
}
