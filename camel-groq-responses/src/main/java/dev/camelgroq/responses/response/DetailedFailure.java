package dev.camelgroq.responses.response;

import dev.camelgroq.responses.GroqResponsesException;

/**
 * A failure without an HTTP answer that already knows Groq's error details (for example an error event in a stream),
 * so that {@link ErrorMapper} keeps them instead of reporting a plain transport error.
 */
public interface DetailedFailure {

    /** Groq's error details of this failure. */
    GroqResponsesException.Details details();
}
