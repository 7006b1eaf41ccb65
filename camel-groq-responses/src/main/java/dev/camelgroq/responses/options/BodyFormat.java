package dev.camelgroq.responses.options;

/**
 * The {@code bodyFormat} option: how a String (or non-image bytes) body is read. Bodies are untrusted data by default:
 * only the route author can let them reconfigure the call.
 */
public enum BodyFormat implements WireValue {
    /** The body is always the input text, even when it looks like JSON. */
    TEXT,
    /** JSON array text is the input item list (a whole conversation); other text is the input text. */
    CONVERSATION,
    /**
     * JSON array text is the input item list and JSON object text with an {@code input} key is a request (its other
     * fields only as allowed by {@code bodyFields}); other text is the input text.
     */
    REQUEST;
}
