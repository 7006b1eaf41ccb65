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
        Exchange exchange = send("", "{\"input\":\"Hi\",\"previous_response_id\":\"resp_1\"}", Map.of());
        assertThat(exchange.getException()).hasMessageContaining("whole conversation");
    }
}
