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
package dev.camelgroq.responses.call;

import dev.camelgroq.responses.GroqResponsesException;

/** The failures the component raises itself (not mapped from an HTTP answer), all in the {@link GroqResponsesException} family. */
public final class Failures {

    /** The {@code errorType} of an exchange ended because its endpoint or component stopped. */
    public static final String STOPPED = "component_stopped";

    private Failures() {
    }

    /** The call was still waiting (on the wire, for rate-limit budget or in a retry backoff) when the step stopped. */
    public static GroqResponsesException stopped(String step, String model, int attempts) {
        return stopped("groq-responses:" + step + " (model " + model + ") stopped before the call completed: the"
                       + " endpoint or its CamelContext is stopping, so the exchange got no answer after " + attempts
                       + (attempts == 1 ? " attempt" : " attempts") + "; retryable once the route runs again",
                attempts);
    }

    /** A tool call or MCP approval hook ({@code hook}) was still running when the step stopped; it was interrupted. */
    public static GroqResponsesException stoppedInHook(String step, String hook) {
        return stopped("groq-responses:" + step + " stopped while " + hook + " was running: the endpoint or its"
                       + " CamelContext is stopping, so the hook was interrupted and the exchange got no answer;"
                       + " retryable once the route runs again",
                0);
    }

    private static GroqResponsesException stopped(String message, int attempts) {
        return new GroqResponsesException(message, null, new GroqResponsesException.Details().status(0)
                .type(STOPPED).retryable(true).attempts(attempts).message(message));
    }

    /** Whether {@code failure} ended an exchange because its step stopped. */
    public static boolean isStopped(Throwable failure) {
        return failure instanceof GroqResponsesException
               && STOPPED.equals(((GroqResponsesException) failure).getErrorType());
    }

    /** The {@code errorType} of an exchange whose work a full {@link Bulkhead} refused. */
    public static final String BULKHEAD_FULL = "bulkhead_full";

    /** {@code failure} itself when it is in the family, else wrapped in a {@link GroqResponsesException}. */
    public static GroqResponsesException asGroqException(String step, Throwable failure) {
        if (failure instanceof GroqResponsesException) {
            return (GroqResponsesException) failure;
        }
        if (failure instanceof Bulkhead.FullException) {
            String message = "groq-responses:" + step + " failed: " + failure.getMessage();
            return new GroqResponsesException(message, failure, new GroqResponsesException.Details().status(0)
                    .type(BULKHEAD_FULL).code(BULKHEAD_FULL).retryable(true).message(failure.getMessage()));
        }
        String message = "groq-responses:" + step + " failed: " + failure.getClass().getSimpleName() + ": "
                         + failure.getMessage();
        return new GroqResponsesException(message, failure, new GroqResponsesException.Details().status(0)
                .type("internal_error").message(message));
    }
}
