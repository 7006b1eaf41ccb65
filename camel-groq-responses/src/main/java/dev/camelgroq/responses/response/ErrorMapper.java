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

import java.io.IOException;
import java.util.Set;

import javax.net.ssl.SSLException;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelgroq.responses.GroqResponsesException;
import dev.camelgroq.responses.http.AnswerTooLargeException;
import dev.camelgroq.responses.http.HttpAnswer;
import dev.camelgroq.responses.request.Json;
import dev.camelgroq.responses.secrets.KnownSecrets;

/** Turns a non-2xx answer or a transport failure into a {@link GroqResponsesException} that never shows the key. */
public final class ErrorMapper {

    /** The statuses worth another attempt: rate limited, flex capacity, server side. */
    public static final Set<Integer> RETRYABLE = Set.of(429, 498, 500, 502, 503, 504);

    private ErrorMapper() {
    }

    /** The details of a non-2xx answer whose rate-limit headers were already read into {@code limits}. */
    public static GroqResponsesException.Details details(HttpAnswer answer, RateLimitHeaders limits) {
        GroqResponsesException.Details d = new GroqResponsesException.Details()
                .status(answer.status())
                .requestId(answer.header("x-request-id"))
                .retryAfterMillis(limits.retryAfterMillis())
                .retryable(RETRYABLE.contains(answer.status()));
        JsonNode error = parseError(answer);
        if (error != null) {
            d.type(text(error, "type")).code(text(error, "code")).param(text(error, "param"))
                    .message(text(error, "message")).failedGeneration(text(error, "failed_generation"));
        } else {
            String body = answer.bodyText().replaceAll("\\s+", " ").strip();
            d.message("non-JSON answer (" + answer.header("content-type") + "): "
                      + (body.length() > 200 ? body.substring(0, 200) + "..." : body));
        }
        return d;
    }

    /** The details of a transport failure (no HTTP answer). */
    public static GroqResponsesException.Details details(Throwable failure) {
        if (failure instanceof DetailedFailure) { // for example a streamed error event's code and message
            return ((DetailedFailure) failure).details();
        }
        boolean tooLarge = failure instanceof AnswerTooLargeException;
        boolean retryable = failure instanceof IOException && !tooLarge && !(failure instanceof SSLException);
        return new GroqResponsesException.Details().status(0).retryable(retryable)
                .type(tooLarge ? "response_too_large" : "transport_error")
                .message(failure.getClass().getSimpleName() + ": " + failure.getMessage());
    }

    /**
     * The exception for the final outcome of a call. {@code step} and {@code model} say where; {@code secret} is removed
     * from every text.
     */
    public static GroqResponsesException exception(GroqResponsesException.Details d, Throwable cause, String step,
                                                   String model, String secret, String note) {
        StringBuilder m = new StringBuilder("groq-responses:").append(step).append(" (model ").append(model)
                .append(") ");
        m.append(d.statusCode() == 0 ? "failed without an HTTP answer" : "got HTTP " + d.statusCode());
        if (d.errorCode() != null || d.errorType() != null) {
            m.append(" [").append(d.errorType()).append(d.errorCode() != null ? "/" + d.errorCode() : "").append(']');
        }
        m.append(": ").append(d.errorMessage());
        if (d.requestId() != null) {
            m.append(" (request id ").append(d.requestId()).append(')');
        }
        m.append(" after ").append(d.attempts()).append(d.attempts() == 1 ? " attempt" : " attempts");
        m.append(d.retryable() ? "; retryable" : "; not retryable");
        if (d.statusCode() == 413 && "rate_limit_exceeded".equals(d.errorCode())) {
            m.append("; this one request is larger than the model's tokens-per-minute limit: shorten the input or"
                     + " lower maxOutputTokens, retrying cannot help");
        }
        if (note != null) {
            m.append("; ").append(note);
        }
        String message = redact(m.toString(), secret);
        Throwable safeCause = cause;
        if (cause != null && !String.valueOf(cause.getMessage()).equals(redact(cause.getMessage(), secret))) {
            safeCause = new IOException(redact(cause.getMessage(), secret));
            safeCause.setStackTrace(cause.getStackTrace());
        }
        d.redact(text -> redact(text, secret));
        return new GroqResponsesException(message, safeCause, d);
    }

    /** The text without {@code secret} nor any secret a running endpoint registered (MCP headers, other keys). */
    private static String redact(String text, String secret) {
        String result = KnownSecrets.redact(text);
        if (result == null || secret == null || secret.length() < 4) {
            return result;
        }
        return result.replace(secret, KnownSecrets.MASK);
    }

    private static JsonNode parseError(HttpAnswer answer) {
        try {
            JsonNode root = Json.MAPPER.readTree(answer.body());
            return root != null && root.path("error").isObject() ? root.get("error") : null;
        } catch (IOException notJson) {
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isNull() || v.isMissingNode() ? null : v.asText();
    }
}
