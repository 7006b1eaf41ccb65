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
package dev.camelgroq.responses.observe;

import java.util.Set;

import dev.camelgroq.responses.GroqResponsesException;

/**
 * The {@code error.type} of a failure: Groq's error code (rate_limit_exceeded, invalid_api_key, json_validate_failed
 * ...), else the HTTP status, else the exception class name. The code is the server's word, so meters and statistics
 * keep the {@link #isKnown known} ones and bound the others ({@link #bounded()}).
 */
public final class ErrorTypes {

    /** Unknown error types kept per endpoint before the rest become {@code other}. */
    static final int MAX_UNKNOWN = 20;

    /** Groq's documented error codes and types, and the component's own. */
    private static final Set<String> KNOWN_CODES = Set.of("rate_limit_exceeded", "invalid_api_key",
            "json_validate_failed", "model_not_found", "model_decommissioned", "model_terminated",
            "context_length_exceeded", "capacity_exceeded", "request_too_large", "invalid_request_error",
            "internal_server_error", "service_unavailable", "tool_use_failed", "insufficient_quota",
            "organization_restricted", "permission_denied", "not_found", "unauthorized", "bad_request",
            "response_too_large", "stream_to_failed", "conversation_store", "empty_response", "internal_error",
            "rate_limit_budget", "rate_limit_queue_full", "stream_error", "timeout", "tool_error", "unknown",
            "bulkhead_full", "stream_timeout", "too_many_tool_calls");

    private ErrorTypes() {
    }

    /** Whether the type is one of a known few: a known code or an HTTP status (three digits). */
    static boolean isKnown(String type) {
        return KNOWN_CODES.contains(type) || type.length() == 3 && type.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** A bound for one endpoint: known types pass, the first {@link #MAX_UNKNOWN} others too, the rest are other. */
    static BoundedNames bounded() {
        return new BoundedNames(MAX_UNKNOWN, ErrorTypes::isKnown);
    }

    public static String of(Throwable failure) {
        if (failure instanceof GroqResponsesException e) {
            if (e.getErrorCode() != null && !e.getErrorCode().isBlank()) {
                return e.getErrorCode();
            }
            if (e.getStatusCode() > 0) {
                return String.valueOf(e.getStatusCode());
            }
            if (e.getCause() != null) {
                return e.getCause().getClass().getName();
            }
        }
        return failure == null ? "unknown" : failure.getClass().getName();
    }

    /** The error type of a failed attempt that will be retried. */
    public static String of(String errorCode, int status, Throwable failure) {
        if (errorCode != null && !errorCode.isBlank()) {
            return errorCode;
        }
        if (status > 0) {
            return String.valueOf(status);
        }
        return failure == null ? "unknown" : failure.getClass().getName();
    }
}
