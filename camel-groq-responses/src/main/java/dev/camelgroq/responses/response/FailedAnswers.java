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
package dev.camelgroq.responses.response;

import java.util.Map;

import dev.camelgroq.responses.GroqResponsesException;
import dev.camelgroq.responses.http.HttpAnswer;

/**
 * Finds the 2xx answers that report a failure: {@code status: failed} (with Groq's {@code error}), or no output at
 * all. They end the exchange with Groq's code and message instead of an empty body.
 */
public final class FailedAnswers {

    private FailedAnswers() {
    }

    /** The failure {@code response} reports, or null when it is a usable answer. */
    public static GroqResponsesException.Details problem(ParsedResponse response, HttpAnswer answer) {
        String status = response.status();
        Map<String, Object> error = response.error();
        if ("failed".equals(status)) {
            String code = ParsedResponse.text(error, "code");
            String message = ParsedResponse.text(error, "message");
            String type = ParsedResponse.text(error, "type");
            return new GroqResponsesException.Details().status(answer.status())
                    .type(type != null ? type : "response_failed").code(code)
                    .param(ParsedResponse.text(error, "param")).requestId(answer.header("x-request-id"))
                    .retryable("server_error".equals(code))
                    .message("the response has status 'failed': "
                             + (message != null ? message : "Groq sent no error message"));
        }
        if (response.output().isEmpty()) {
            String reason = response.incompleteReason();
            return new GroqResponsesException.Details().status(answer.status()).type("empty_response")
                    .code(reason).requestId(answer.header("x-request-id"))
                    .message("the answer has no output at all (status '" + status + "'"
                             + (reason != null ? ", incomplete reason '" + reason + "'" : "") + ")"
                             + (error != null ? ": " + ParsedResponse.text(error, "message") : ""));
        }
        return null;
    }
}
