package dev.camelgroq.responses.observe;

import dev.camelgroq.responses.GroqResponsesException;

/**
 * The {@code error.type} of a failure, from a small set: Groq's error code (rate_limit_exceeded, invalid_api_key,
 * json_validate_failed ...), else the HTTP status, else the exception class name.
 */
public final class ErrorTypes {

    private ErrorTypes() {
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
