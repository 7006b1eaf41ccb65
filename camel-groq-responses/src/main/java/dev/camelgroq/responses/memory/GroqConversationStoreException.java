package dev.camelgroq.responses.memory;

import dev.camelgroq.responses.GroqResponsesException;

/**
 * The conversation store failed (database unreachable, table missing, conflicts that would not settle). When it fails
 * while loading, no model call is made; when it fails while recording, the answer is on the exchange but the turn is
 * not stored, and the exchange fails so that the route knows.
 */
public class GroqConversationStoreException extends GroqResponsesException {

    private static final long serialVersionUID = 1L;

    public GroqConversationStoreException(String message, Throwable cause) {
        super(message, cause, new Details().status(0).type("conversation_store").retryable(true).message(message));
    }
}
