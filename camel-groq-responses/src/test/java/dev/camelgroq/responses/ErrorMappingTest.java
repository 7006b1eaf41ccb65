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

import dev.camelgroq.responses.test.Reply;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Every error status becomes a GroqResponsesException carrying what Groq said. */
class ErrorMappingTest extends EmulatorTestSupport {

    static Stream<Arguments> errors() {
        return Stream.of(
                arguments(400, "invalid_request_error", "json_validate_failed", "text.format", false),
                arguments(401, "invalid_request_error", "invalid_api_key", null, false),
                arguments(403, "permission_denied", "forbidden", null, false),
                arguments(404, "invalid_request_error", "model_not_found", "model", false),
                arguments(413, "tokens", "rate_limit_exceeded", null, false),
                arguments(422, "invalid_request_error", "unprocessable_entity", null, false),
                arguments(424, "invalid_request_error", "mcp_server_error", "tools", false),
                arguments(429, "tokens", "rate_limit_exceeded", null, true),
                arguments(498, "flex_tier_capacity_exceeded", "capacity_exceeded", null, true),
                arguments(500, "internal_server_error", "internal_error", null, true),
                arguments(503, "service_unavailable", "overloaded", null, true));
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("errors")
    void statusBecomesTypedException(int status, String type, String code, String param, boolean retryable) {
        emulator().when(r -> true).thenReply(Reply.error(status, type, code, "problem " + status).param(param)
                .failedGeneration(status == 400 ? "{\"broken\":" : null).header("retry-after", "2"));
        Exchange exchange = send("maxRetries=0", "Hello", Map.of());
        GroqResponsesException e = exchange.getException(GroqResponsesException.class);
        assertThat(e).as("exception of " + status).isNotNull();
        assertThat(e.getStatusCode()).isEqualTo(status);
        assertThat(e.getErrorType()).isEqualTo(type);
        assertThat(e.getErrorCode()).isEqualTo(code);
        assertThat(e.getParam()).isEqualTo(param);
        assertThat(e.getErrorMessage()).isEqualTo("problem " + status);
        assertThat(e.getRequestId()).startsWith("req_");
        assertThat(e.getRetryAfterMillis()).isEqualTo(2000L);
        assertThat(e.isRetryable()).isEqualTo(retryable);
        assertThat(e.getAttempts()).isEqualTo(1);
        assertThat(e.getMessage()).contains("groq-responses:test").contains(String.valueOf(status)).contains(code)
                .contains("problem " + status).doesNotContain(KEY);
        if (status == 400) {
            assertThat(e.getFailedGeneration()).isEqualTo("{\"broken\":");
        }
    }

    @Test
    void nonJsonBadGatewayIsDescribed() {
        emulator().when(r -> true).thenReply(Reply.raw(502, "text/html",
                "<html><body><h1>502 Bad Gateway</h1></body></html>"));
        GroqResponsesException e = send("maxRetries=0", "Hello", Map.of()).getException(GroqResponsesException.class);
        assertThat(e.getStatusCode()).isEqualTo(502);
        assertThat(e.getErrorType()).isNull();
        assertThat(e.getErrorMessage()).contains("non-JSON").contains("text/html").contains("502 Bad Gateway");
        assertThat(e.isRetryable()).isTrue();
    }

    @Test
    void emulatorRefusesAnUnknownModelLikeGroq() {
        GroqResponsesException e = send("maxRetries=0", "Hello", Map.of(GroqResponsesConstants.MODEL, "no/such-model"))
                .getException(GroqResponsesException.class);
        assertThat(e.getStatusCode()).isEqualTo(404);
        assertThat(e.getErrorCode()).isEqualTo("model_not_found");
        assertThat(e.getErrorMessage()).contains("no/such-model");
    }

    @Test
    void emulatorValidatesFieldTypesLikeGroq() {
        GroqResponsesException bad = send("maxRetries=0&additionalBodyProperty.frequency_penalty=1", "Hello", Map.of())
                .getException(GroqResponsesException.class);
        assertThat(bad.getStatusCode()).isEqualTo(400);
        assertThat(bad.getParam()).isEqualTo("frequency_penalty");
    }

    @Test
    void connectionRefusedIsATransportFailure() {
        int port = GROQ.emulator().port();
        Exchange exchange = template.send("groq-responses:down?model=openai/gpt-oss-20b&maxRetries=0&apiKey=RAW(" + KEY
                                          + ")&baseUrl=http://127.0.0.1:1/openai/v1", x -> x.getIn().setBody("Hi"));
        GroqResponsesException e = exchange.getException(GroqResponsesException.class);
        assertThat(port).isPositive();
        assertThat(e.getStatusCode()).isZero();
        assertThat(e.isRetryable()).isTrue();
        assertThat(e.getCause()).isInstanceOf(java.io.IOException.class);
        assertThat(e.getMessage()).contains("groq-responses:down").contains("without an HTTP answer");
    }
}
