package dev.camelgroq.responses.options;

/**
 * The {@code bodyFormat} option: how a String (or non-image bytes) body is read. Bodies are untrusted data by default:
 * only the route author can let them reconfigure the call.
 */
public enum BodyFormat {
    /** The body is always the input text, even when it looks like JSON. */
    TEXT("text"),
    /** JSON array text is the input item list (a whole conversation); other text is the input text. */
    CONVERSATION("conversation"),
    /**
     * JSON array text is the input item list and JSON object text with an {@code input} key is a request (its other
     * fields only as allowed by {@code bodyFields}); other text is the input text.
     */
    REQUEST("request");

    private final String value;

    BodyFormat(String value) {
        this.value = value;
    }

    /** The value as written in URIs and sent on the wire. */
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
