package dev.camelgroq.responses.ratelimit;

import dev.camelgroq.responses.GroqResponsesException;

/**
 * The rate-limit governor's queue is full: more requests are waiting for Groq's budget than
 * {@code maxPendingRequests} allows. Slow the producer down (fewer concurrent consumers) or raise the bound.
 */
public class GroqRateLimitQueueFullException extends GroqResponsesException {

    private static final long serialVersionUID = 1L;

    public GroqRateLimitQueueFullException(String message) {
        super(message, null, new Details().status(0).type("rate_limit_queue_full").retryable(true).message(message));
    }
}
