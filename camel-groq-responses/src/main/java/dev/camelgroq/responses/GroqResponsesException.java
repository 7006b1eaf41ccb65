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

import org.apache.camel.RuntimeCamelException;

/**
 * Groq answered with a non-2xx status, or the call failed after the component's own attempts. Carries what Groq said
 * ({@code error.type}, {@code code}, {@code param}, {@code message}, {@code failed_generation}), the HTTP status (0
 * for a transport failure), the request id, the retry-after delay and how many attempts were made. The message never
 * contains the API key.
 */
public class GroqResponsesException extends RuntimeCamelException {

    private static final long serialVersionUID = 1L;

    private final int statusCode;
    private final String errorType;
    private final String errorCode;
    private final String param;
    private final String errorMessage;
    private final String failedGeneration;
    private final String requestId;
    private final Long retryAfterMillis;
    private final int attempts;
    private final boolean retryable;
    private final java.util.List<String> validationErrors;

    public GroqResponsesException(String message, Throwable cause, Details details) {
        super(message, cause);
        this.statusCode = details.statusCode;
        this.errorType = details.errorType;
        this.errorCode = details.errorCode;
        this.param = details.param;
        this.errorMessage = details.errorMessage;
        this.failedGeneration = details.failedGeneration;
        this.requestId = details.requestId;
        this.retryAfterMillis = details.retryAfterMillis;
        this.attempts = details.attempts;
        this.retryable = details.retryable;
        this.validationErrors = details.validationErrors;
    }

    /** Why the last structured answer did not match the schema (empty for other failures). */
    public java.util.List<String> getValidationErrors() {
        return validationErrors;
    }

    /** The HTTP status, or 0 when no answer arrived (connection refused, reset, timeout). */
    public int getStatusCode() {
        return statusCode;
    }

    /** Groq's {@code error.type}, for example {@code invalid_request_error} or {@code tokens}. */
    public String getErrorType() {
        return errorType;
    }

    /** Groq's {@code error.code}, for example {@code rate_limit_exceeded} or {@code json_validate_failed}. */
    public String getErrorCode() {
        return errorCode;
    }

    /** Groq's {@code error.param}: the request field at fault. */
    public String getParam() {
        return param;
    }

    /** Groq's {@code error.message} (or a short excerpt of a non-JSON body). */
    public String getErrorMessage() {
        return errorMessage;
    }

    /** Groq's {@code error.failed_generation}: the invalid output of a failed structured-output call. */
    public String getFailedGeneration() {
        return failedGeneration;
    }

    /** The {@code x-request-id} of the failed answer, for Groq support. */
    public String getRequestId() {
        return requestId;
    }

    /** The delay Groq asked for ({@code retry-after}), in milliseconds, or null. */
    public Long getRetryAfterMillis() {
        return retryAfterMillis;
    }

    /** How many HTTP attempts the component made before giving up (1 when it did not retry). */
    public int getAttempts() {
        return attempts;
    }

    /**
     * Whether the failure is of a retryable kind (429, 498, 5xx, I/O). When the component has used its own retries,
     * Camel redelivery should not multiply them blindly.
     */
    public boolean isRetryable() {
        return retryable;
    }

    /** The facts an exception carries; a small builder so call sites stay readable. */
    public static final class Details {
        private int statusCode;
        private String errorType;
        private String errorCode;
        private String param;
        private String errorMessage;
        private String failedGeneration;
        private String requestId;
        private Long retryAfterMillis;
        private int attempts = 1;
        private boolean retryable;
        private java.util.List<String> validationErrors = java.util.List.of();

        /** Applies {@code redactor} to every text Groq sent (issue 7: getters are redacted like the message). */
        public Details redact(java.util.function.UnaryOperator<String> redactor) {
            errorType = redactor.apply(errorType);
            errorCode = redactor.apply(errorCode);
            param = redactor.apply(param);
            errorMessage = redactor.apply(errorMessage);
            failedGeneration = redactor.apply(failedGeneration);
            requestId = redactor.apply(requestId);
            validationErrors = validationErrors.stream().map(redactor).toList();
            return this;
        }

        public Details validationErrors(java.util.List<String> value) {
            this.validationErrors = java.util.List.copyOf(value);
            return this;
        }

        public String failedGeneration() {
            return failedGeneration;
        }

        public Details status(int value) {
            this.statusCode = value;
            return this;
        }

        public Details type(String value) {
            this.errorType = value;
            return this;
        }

        public Details code(String value) {
            this.errorCode = value;
            return this;
        }

        public Details param(String value) {
            this.param = value;
            return this;
        }

        public Details message(String value) {
            this.errorMessage = value;
            return this;
        }

        public Details failedGeneration(String value) {
            this.failedGeneration = value;
            return this;
        }

        public Details requestId(String value) {
            this.requestId = value;
            return this;
        }

        public Details retryAfterMillis(Long value) {
            this.retryAfterMillis = value;
            return this;
        }

        public Details attempts(int value) {
            this.attempts = value;
            return this;
        }

        public Details retryable(boolean value) {
            this.retryable = value;
            return this;
        }

        public int statusCode() {
            return statusCode;
        }

        public String errorCode() {
            return errorCode;
        }

        public String errorType() {
            return errorType;
        }

        public String errorMessage() {
            return errorMessage;
        }

        public String requestId() {
            return requestId;
        }

        public Long retryAfterMillis() {
            return retryAfterMillis;
        }

        public int attempts() {
            return attempts;
        }

        public boolean retryable() {
            return retryable;
        }
    }
}
